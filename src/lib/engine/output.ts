/**
 * Output formats of an assessment: the stable JSON document (format version 1, documented in
 * docs/engine.md) and a plain-text report a clinician can read. Pure functions.
 */
import { carePlans } from './care-plan';
import { planLine } from '../words/plan';
import type { Knowledge } from '../knowledge/compose';
import { lastChangeLine } from '../knowledge/dates';
import { factLabel, factText } from '../knowledge/facts';
import type { Source } from '../knowledge/schema';
import type { Assessment, Fit, Reason, Trigger, UnknownQuestion } from './types';
import { CRITERION_WORDS, FIT_WORDS, RESULT_WORDS, STATUS_WORDS, WARNING_WORDS } from '../words/assessment';
import { DISCLAIMER } from '../words/disclaimer';

export { DISCLAIMER };
export const JSON_FORMAT = { format: 'vector-select-assessment', formatVersion: 1 } as const;

/** Every source cited anywhere in the assessment, in order of first citation. */
export function citedSources(a: Assessment, k: Pick<Knowledge, 'sourceById'>): Source[] {
  const ids = new Set<string>();
  const add = (xs: readonly string[]) => xs.forEach((x) => ids.add(x));
  a.platforms.forEach((p) => [...p.findings, ...p.for, ...p.against].forEach((x) => add(x.sources)));
  a.products.forEach((p) => (add(p.sources), p.checks.forEach((c) => add(c.sources))));
  a.serotypes.forEach((s) => add(s.sources));
  a.medicationActions.forEach((m) => add(m.sources));
  Object.values(a.monitoring).forEach((items) => items.forEach((m) => add(m.sources)));
  Object.values(a.followUp).forEach((f) => add(f.sources));
  carePlans(a).forEach((plan) => plan.items.forEach((i) => add(i.sources)));
  return [...ids].map((id) => k.sourceById.get(id)).filter((s): s is Source => s !== undefined);
}

/** `k`: the knowledge the assessment was made with, whose sources name the case attributes they were read for. */
export function toJsonReport(a: Assessment, k: Pick<Knowledge, 'sourceById'>) {
  const { rules: _trace, ...rest } = a;
  return { ...JSON_FORMAT, disclaimer: DISCLAIMER, ...rest, plans: carePlans(a), sources: citedSources(a, k) };
}

const FIT_LABEL = (fit: Fit) => FIT_WORDS[fit].toUpperCase();
const unverified = (verified: boolean) => (verified ? '' : ' (unverified — check the primary source)');
const cite = (ids: readonly string[]) => `[${ids.join(', ')}]`;
const words = (x: string | number) => String(x).replaceAll('_', ' ');
const value = (t: Trigger) =>
  Array.isArray(t.value) && t.value.length === 0 ? 'none' : words(factText(t.path, t.value));
const triggerText = (t: readonly Trigger[]) => t.map((x) => `${x.label}: ${value(x)}`).join('; ');
const reasonLine = (mark: string, r: Reason) => `    ${mark} ${r.text}${unverified(r.verified)} ${cite(r.sources)}`;

function platformText(a: Assessment): string[] {
  return a.platforms.flatMap((p) => [
    `${p.name}: ${FIT_LABEL(p.fit)}`,
    `  ${p.fitReason}`,
    '  For:',
    ...p.for.map((r) => reasonLine('+', r)),
    '  Against:',
    ...p.against.map((r) => reasonLine('-', r)),
    ...p.findings
      .filter((f) => f.direction === 'neutral')
      .flatMap((f) => [`  Note: ${f.text}${unverified(f.verified)} ${cite(f.sources)}`]),
    ...(p.findings.length ? ['  Based on these answers:'] : []),
    ...p.findings.map((f) => `    ${f.ruleId} (${f.strength.replace('_', ' ')}): ${triggerText(f.trigger)}`),
    ''
  ]);
}

function productText(a: Assessment): string[] {
  if (a.products.length === 0) return ['  No approved product for this indication.', ''];
  return a.products.flatMap((p) => [
    `  ${p.name} (${p.platform}${p.serotype ? `, ${p.serotype}` : ''}${p.marketStatus === 'discontinued' ? ', discontinued' : ''}): ${STATUS_WORDS[p.status].toUpperCase()}`,
    ...(p.availability
      ? [`    ${p.availability.text}${unverified(p.availability.verified)} ${cite(p.availability.sources)}`]
      : []),
    `    ${p.statusReason}`,
    ...p.warnings.map((w) => `    ${WARNING_WORDS[w.kind]}: ${w.text}${unverified(w.verified)} ${cite(w.sources)}`),
    ...(p.marketNote
      ? [`    Market: ${p.marketNote.text}${unverified(p.marketNote.verified)} ${cite(p.marketNote.sources)}`]
      : []),
    ...(p.lastChange ? [`    ${lastChangeLine(p.lastChange)}`] : []),
    `    Label criteria (the ${p.jurisdiction} labels; checked against: ${p.labelChecked.label}, ${p.labelChecked.checked}):`,
    ...p.criteria.map((c) => {
      const word = CRITERION_WORDS[c.kind][c.verdict];
      const mark =
        c.verdict === 'unknown' ? `${word} — needs: ${c.needs}` : c.verdict === 'fail' ? word.toUpperCase() : word;
      const quote = c.quote ? ` Label: "${c.quote}" (${c.section})` : ` (${c.section}; wording not read)`;
      return `      [${mark}] ${c.kind === 'inclusion' ? 'Criterion' : 'Exclusion'}: ${c.text}.${quote}${unverified(c.verified)} ${cite(c.sources)}`;
    }),
    ...(p.regimen.length ? ['    Regimen:'] : []),
    ...p.regimen.map((r) => `      - ${r.text}${unverified(r.verified)} ${cite(r.sources)}`),
    '    About the product:',
    ...p.facts.map((f) => `      - ${f.text}${unverified(f.verified)} ${cite(f.sources)}`),
    ...p.checks
      .filter((c) => c.result !== 'not_met')
      .map((c) => {
        const status =
          c.result === 'met'
            ? RESULT_WORDS.met
            : `${RESULT_WORDS.unknown} — ${c.unknownPaths.map(factLabel).join(', ')}; if so`;
        return `    [${status}] ${c.text}${unverified(c.verified)} ${cite(c.sources)}`;
      }),
    ''
  ]);
}

const matters = (u: UnknownQuestion) => u.changesFit.length > 0 || u.changesProducts.length > 0;
function unknownLines(questions: readonly UnknownQuestion[]): string[] {
  if (questions.length === 0) return ['  None.'];
  return questions.map((u) => {
    const effects = [
      ...(u.changesFit.length ? [`the fit of ${u.changesFit.join(', ')}`] : []),
      ...(u.changesProducts.length ? [`the check of ${u.changesProducts.join(', ')}`] : [])
    ];
    const rules = u.rules.map((r) => r.ruleId).join(', ');
    return `  - ${u.label} (${u.path})${effects.length ? ` — could change ${effects.join(' and ')}` : ''}; rules: ${rules}`;
  });
}

/** `k` as for `toJsonReport`. */
export function toTextReport(a: Assessment, k: Pick<Knowledge, 'sourceById'>): string {
  const lines = [
    `vector-select assessment — knowledge base ${a.knowledgeBase.version}, reviewed ${a.knowledgeBase.reviewed}`,
    DISCLAIMER,
    '',
    'PLATFORMS',
    ...platformText(a),
    'PRODUCT CHECKS',
    ...productText(a),
    'AAV CAPSIDS FOR THE TARGET TISSUE',
    ...(a.serotypes.length
      ? a.serotypes.map(
          (s) => `  ${s.id} (${s.routes}; antibodies: ${s.antibodies.replace('_', ' ')}): ${s.text} ${cite(s.sources)}`
        )
      : ['  None suited to this target.']),
    '',
    'MEDICATION ACTIONS',
    ...(a.medicationActions.length
      ? a.medicationActions.map((m) => `  - ${m.text} ${cite(m.sources)}`)
      : ['  None from the recorded answers.']),
    '',
    'CARE PLAN (one per product that meets or may meet its label; relative to the dose day)',
    ...(carePlans(a).length
      ? carePlans(a).flatMap((plan) => [
          `  ${plan.name}:`,
          ...plan.items.map((i) => `    - ${planLine(i)}${unverified(i.verified)} ${cite(i.sources)}`)
        ])
      : ['  None: no product meets or may meet its label.']),
    '',
    'MONITORING (platform level: background where a product plan above applies)',
    ...a.platforms.flatMap((p) => [
      `  ${p.name}:`,
      ...a.monitoring[p.id].map((m) => `    - ${m.text}${unverified(m.verified)} ${cite(m.sources)}`)
    ]),
    '',
    'LONG-TERM FOLLOW-UP',
    ...a.platforms.map(
      (p) =>
        `  ${p.name}: ${a.followUp[p.id].text}${unverified(a.followUp[p.id].verified)} ${cite(a.followUp[p.id].sources)}`
    ),
    '',
    'WHAT WOULD CHANGE THE PICTURE (unanswered questions that could change a fit level or a product check)',
    ...unknownLines(a.unknowns.filter(matters)),
    '',
    'OTHER UNANSWERED QUESTIONS (could add a note or a further caution)',
    ...unknownLines(a.unknowns.filter((u) => !matters(u))),
    '',
    'SOURCES',
    ...citedSources(a, k).map((s) => `  [${s.id}] ${sourceText(s)}`),
    '',
    DISCLAIMER
  ];
  return lines.join('\n');
}

export function sourceText(s: Source): string {
  const ids = [
    s.identifier.doi && `doi:${s.identifier.doi}`,
    s.identifier.pmid && `PMID ${s.identifier.pmid}`,
    s.identifier.pmcid,
    s.identifier.label
  ].filter(Boolean);
  const status =
    s.verification === 'verified'
      ? 'verified'
      : `${s.verification}ly verified — ${s.unverifiedNote ?? 'check the primary source'}`;
  return `${s.citation} ${s.issuer}${s.date ? `, ${s.date}` : ''}.${ids.length ? ` ${ids.join('; ')}.` : ''} (${status})`;
}
