/**
 * Product checks for the products whose indication matches the patient's. The status comes
 * from the label criteria alone, three-valued: a criterion that is not answered can never pass.
 */
import { criterionRuleId, criterionVerdict } from '../knowledge/criteria';
import type { Knowledge } from '../knowledge/compose';
import { DEFAULT_JURISDICTION, type Jurisdiction } from '../knowledge/jurisdiction';
import type { Criterion, Product } from '../knowledge/schema';
import { regimenEntry } from './regimen';
import type {
  CriterionCheck,
  Facts,
  MarketStatus,
  ProductAssessment,
  ProductCheck,
  ProductStatus,
  Reason,
  RuleOutcome
} from './types';
import { MARKET_WORDS, STATUS_WORDS } from '../words/assessment';

const list = (items: readonly { text: string }[]) =>
  items.map((c) => c.text.charAt(0).toLowerCase() + c.text.slice(1)).join('; ');

export function statusOf(criteria: readonly Pick<CriterionCheck, 'verdict' | 'text'>[]): {
  status: ProductStatus;
  statusReason: string;
} {
  const failed = criteria.filter((c) => c.verdict === 'fail');
  if (failed.length > 0)
    return { status: 'not_eligible', statusReason: `Does not meet the label criteria: ${list(failed)}.` };
  const open = criteria.filter((c) => c.verdict === 'unknown');
  if (open.length > 0)
    return {
      status: 'check_needed',
      statusReason: `Check needed: ${open.length} label criteri${open.length > 1 ? 'a' : 'on'} cannot yet be confirmed from the recorded answers — ${list(open)}.`
    };
  return {
    status: 'meets_criteria',
    statusReason:
      'Every label criterion checked here is met by a recorded answer. Not a prescription: the treating centre confirms eligibility against the current label.'
  };
}

/** A product that meets its criteria can still carry a strong caution: the status line says so. */
function withCautions(s: ReturnType<typeof statusOf>, checks: readonly ProductCheck[]): ReturnType<typeof statusOf> {
  const serious = checks.filter((c) => c.result === 'met' && c.strength === 'strong_caution');
  if (s.status !== 'meets_criteria' || serious.length === 0) return s;
  return {
    ...s,
    statusReason: `${s.statusReason} But a strong caution applies: ${serious.map((c) => c.text).join(' ')}`
  };
}

/** A product that meets its own criteria while its platform's line rules the platform out: the status says why. */
function withAgainst(s: ReturnType<typeof statusOf>, against: readonly Reason[]): ReturnType<typeof statusOf> {
  if (s.status === 'not_eligible' || against.length === 0) return s;
  return {
    ...s,
    statusReason: `${s.statusReason} Platform ruled out: ${against.map((r) => r.text).join(' ')}`
  };
}
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function criterionCheck(p: Product, c: Criterion, byId: ReadonlyMap<string, RuleOutcome>): CriterionCheck {
  const ruleId = c.test ? criterionRuleId(p.id, c) : undefined;
  const o = ruleId ? byId.get(ruleId) : undefined;
  const verdict = criterionVerdict(o?.result);
  const quoted = c.basis.find((b) => b.quote);
  return {
    id: c.id,
    ...(ruleId ? { ruleId } : {}),
    kind: c.kind,
    text: c.text,
    verdict,
    needs: c.needs,
    trigger: o?.trigger ?? [],
    unknownPaths: o?.unknownPaths ?? [],
    ...(o?.threshold ? { threshold: o.threshold } : {}),
    ...(quoted?.quote ? { quote: quoted.quote } : {}),
    section: (quoted ?? c.basis[0]!).section,
    sources: [...new Set(c.basis.map((b) => b.source))],
    verified: c.verified,
    ...(c.jurisdiction ? { jurisdiction: c.jurisdiction } : {})
  };
}

const under = (j: Jurisdiction) => (c: Pick<CriterionCheck, 'jurisdiction'>) => !c.jurisdiction || c.jurisdiction === j;
const OTHER: Record<Jurisdiction, Jurisdiction> = { US: 'EU', EU: 'US' };

/**
 * Whether the product can be had where the labels were chosen. A jurisdiction the knowledge base did not
 * check: the US labels are the ones the modules read (authorised unless said otherwise); elsewhere "not checked".
 */
function availability(p: Product, j: Jurisdiction): (Reason & { status: MarketStatus }) | undefined {
  const m = p.markets?.[j];
  if (m) return m.status === 'authorised' ? undefined : { status: m.status, ...m.note };
  if (j === 'US') return undefined;
  return {
    status: 'not_checked',
    text: `Authorisation in the ${j} not checked here.`,
    sources: p.approval.sources,
    verified: false
  };
}

/** One line where the other jurisdiction differs: "In the EU: not authorised", "In the EU: contraindicated — …". */
function elsewhere(p: Product, all: readonly CriterionCheck[], j: Jurisdiction, status: ProductStatus) {
  const other = OTHER[j];
  const where = `In the ${other}`;
  const market = p.markets?.[other];
  if (market && market.status !== 'authorised') return `${where}: ${MARKET_WORDS[market.status]}.`;
  const own = all.filter((c) => c.jurisdiction === other && c.verdict !== 'pass');
  const theirs = statusOf(all.filter(under(other))).status;
  if (theirs === status && own.length === 0) return undefined;
  const why = own.map(
    (c) =>
      `${c.verdict === 'unknown' ? 'not known' : c.kind === 'exclusion' ? 'contraindicated' : 'not met'} — ${lower(c.text)}`
  );
  return `${where}: ${why.length ? why.join('; ') : STATUS_WORDS[theirs].toLowerCase()}.`;
}
const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/**
 * `outcomes`: every rule's, including the criteria of the other jurisdiction's label (they inform `elsewhere`).
 * `jurisdiction`: whose labels the status follows.
 */
export function assessProducts(
  k: Knowledge,
  outcomes: readonly RuleOutcome[],
  indication: string,
  facts: Facts,
  jurisdiction: Jurisdiction = DEFAULT_JURISDICTION
): ProductAssessment[] {
  const byId = new Map(outcomes.map((o) => [o.ruleId, o]));
  return k.products
    .filter((p) => p.indications.includes(indication))
    .map((p) => {
      const all = p.criteria.map((c) => criterionCheck(p, c, byId));
      const criteria = all.filter(under(jurisdiction));
      // A platform-level exclusion met on this product's platform is named beside the product's status.
      const platformAgainst: Reason[] = k.rules
        .filter(
          (r) =>
            r.strength === 'exclude' &&
            !r.criterion &&
            (r.target.platforms as readonly string[] | undefined)?.includes(p.platform) &&
            byId.get(r.id)?.result === 'met'
        )
        .map((r) => ({ text: r.text, sources: r.sources, verified: r.verified, ruleId: r.id }));
      const checks: ProductCheck[] = k.rules
        .filter((r) => !r.criterion && r.target.products?.includes(p.id))
        .map((r) => {
          const o = byId.get(r.id)!;
          return {
            ruleId: r.id,
            result: o.result,
            unknownPaths: o.unknownPaths,
            strength: r.strength,
            text: r.text,
            trigger: o.trigger,
            ...(o.threshold ? { threshold: o.threshold } : {}),
            sources: r.sources,
            verified: r.verified
          };
        });
      const regimen = p.regimen.map((r) => regimenEntry(r, facts));
      const warnings = p.warnings
        .filter((w) => !w.jurisdiction || w.jurisdiction === jurisdiction)
        .map((w) => ({
          kind: w.kind,
          text: w.text,
          sources: [...new Set(w.basis.map((b) => b.source))],
          verified: w.verified
        }));
      const available = availability(p, jurisdiction);
      const sources = [
        ...new Set([
          ...p.approval.sources,
          ...(p.otherwise ?? []).flatMap((o) => o.sources),
          ...p.labelFacts.flatMap((f) => f.sources),
          ...(p.marketNote?.sources ?? []),
          ...criteria.flatMap((c) => c.sources),
          ...regimen.flatMap((r) => r.sources),
          ...warnings.flatMap((w) => w.sources),
          ...(available?.sources ?? [])
        ])
      ];
      const status = withAgainst(withCautions(statusOf(criteria), checks), platformAgainst);
      const other = elsewhere(p, all, jurisdiction, status.status);
      return {
        id: p.id,
        name: p.name,
        platform: p.platform,
        ...(p.serotype ? { serotype: p.serotype } : {}),
        marketStatus: p.status,
        ...(p.marketNote ? { marketNote: { ...p.marketNote } } : {}),
        jurisdiction,
        ...(available ? { availability: available } : {}),
        status: status.status,
        // Availability first; the other jurisdiction's difference last, in one line.
        statusReason: [
          available && `${capital(MARKET_WORDS[available.status])} in the ${jurisdiction}.`,
          status.statusReason,
          other
        ]
          .filter(Boolean)
          .join(' '),
        ...(other ? { elsewhere: other } : {}),
        warnings,
        platformAgainst,
        criteria,
        checks,
        regimen,
        route: p.route,
        otherwise: (p.otherwise ?? [])
          .filter((o) => !o.afterCriterion || criteria.some((c) => c.id === o.afterCriterion && c.verdict === 'fail'))
          .map((o) => ({ text: o.text, sources: o.sources, verified: o.verified })),
        facts: [p.approval, ...p.labelFacts].map((f) => ({ text: f.text, sources: f.sources, verified: f.verified })),
        labelChecked: p.labelChecked,
        ...(p.lastChange ? { lastChange: { ...p.lastChange } } : {}),
        sources
      };
    });
}
