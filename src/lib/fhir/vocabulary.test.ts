/**
 * The published CodeSystems, ValueSets and ConceptMap: the committed files are the generated ones; every code the
 * Questionnaire and an exported QuestionnaireResponse use is published, with the same words; the ConceptMap holds
 * exactly the verified codes of terminology.ts, and the Bundle import reads each of them as the map says.
 */
import { readFileSync } from 'node:fs';
import type { CodeSystem, Coding, ConceptMap, QuestionnaireItem, QuestionnaireResponseItem, ValueSet } from 'fhir/r4';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatedText, PUBLISHED } from '../../../scripts/fhir';
import { caseArbitrary } from '../fixtures/arbitrary';
import { runs } from '../testing/runs';
import { bundleToDraft } from './bundle';
import { answerSystem, FHIR_BASE, MEDICINE_SYSTEM } from './codes';
import { buildQuestionnaire } from './questionnaire';
import { caseToResponse } from './response';
import { INDICATION_CODES } from './terminology';
import { buildConceptMap, buildTerminologyBundle, INDICATION_LINK_ID, valueSetUrl } from './vocabulary';

const bundle = buildTerminologyBundle();
const resources = bundle.entry!.map((e) => e.resource!);
const codeSystems = new Map(
  resources.filter((r): r is CodeSystem => r.resourceType === 'CodeSystem').map((cs) => [cs.url!, cs])
);
const valueSets = resources.filter((r): r is ValueSet => r.resourceType === 'ValueSet');
const conceptMap = buildConceptMap();

/** What is wrong with one local coding against the published CodeSystems (empty: nothing). */
function codingProblems(c: Coding, where: string, displayRequired = false): string[] {
  if (!c.system?.startsWith(FHIR_BASE)) return [];
  const cs = codeSystems.get(c.system);
  if (!cs) return [`${where}: no CodeSystem ${c.system}`];
  const concept = cs.concept!.find((k) => k.code === c.code);
  if (!concept) return [`${where}: ${c.code} is not in ${c.system}`];
  if (c.display === undefined ? displayRequired : c.display !== concept.display)
    return [`${where}: ${c.code} is "${c.display}", the CodeSystem says "${concept.display}"`];
  return [];
}

/** Every coding of the Questionnaire: answer options (display required) and enableWhen answers. */
function questionnaireProblems(items: QuestionnaireItem[] | undefined): string[] {
  return (items ?? []).flatMap((i) => [
    ...(i.answerOption ?? []).flatMap((o) => (o.valueCoding ? codingProblems(o.valueCoding, i.linkId, true) : [])),
    ...(i.enableWhen ?? []).flatMap((w) => (w.answerCoding ? codingProblems(w.answerCoding, i.linkId) : [])),
    ...questionnaireProblems(i.item)
  ]);
}

/** What is wrong with a ConceptMap of the indications, against the indication CodeSystem and the verified codes. */
function conceptMapProblems(map: ConceptMap): string[] {
  const indications = codeSystems.get(answerSystem(INDICATION_LINK_ID))!;
  const seen: string[] = [];
  const problems = map.group!.flatMap((g) =>
    g.element.flatMap((e) => {
      const source = indications.concept!.find((k) => k.code === e.code);
      const out = source && source.display === e.display ? [] : [`source ${e.code} "${e.display}"`];
      for (const t of e.target ?? []) {
        const key = `${g.target}|${t.code}`;
        seen.push(key);
        const verified = INDICATION_CODES.find((k) => k.system === g.target && k.code === t.code);
        if (
          !verified ||
          verified.indication !== e.code ||
          verified.display !== t.display ||
          verified.equivalence !== t.equivalence
        )
          out.push(`target ${key} of ${e.code} is not a verified code as listed`);
        if (['narrower', 'wider', 'relatedto', 'inexact'].includes(t.equivalence) && !t.comment)
          out.push(`target ${key} is ${t.equivalence} without a comment`);
      }
      return g.source === indications.url ? out : [...out, `group source ${g.source}`];
    })
  );
  const missing = INDICATION_CODES.filter((k) => !seen.includes(`${k.system}|${k.code}`));
  const twice = seen.filter((k, i) => seen.indexOf(k) !== i);
  return [...problems, ...missing.map((k) => `verified ${k.system}|${k.code} is absent`), ...twice];
}

describe('the published terminology files', () => {
  test.each(PUBLISHED.slice(1).map((p) => [p.file.slice(p.file.lastIndexOf('/') + 1), p] as const))(
    'static/fhir/%s is freshly generated (run npm run fhir)',
    async (_, p) => {
      expect(readFileSync(p.file, 'utf8')).toBe(await generatedText(p));
    }
  );

  test('each CodeSystem is complete and versioned as the Questionnaire, with its ValueSet of all its codes', () => {
    const q = buildQuestionnaire();
    expect(codeSystems.size).toBe(valueSets.length);
    for (const cs of codeSystems.values()) {
      expect(cs).toMatchObject({ version: q.version, status: 'active', content: 'complete' });
      expect(cs.count).toBe(cs.concept!.length);
      expect(new Set(cs.concept!.map((k) => k.code)).size).toBe(cs.concept!.length);
      const vs = valueSets.find((v) => v.url === cs.valueSet)!;
      expect(vs.compose!.include).toEqual([{ system: cs.url, version: q.version }]);
    }
    const fullUrls = bundle.entry!.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    expect(valueSets.map((v) => v.url)).toContain(valueSetUrl(INDICATION_LINK_ID));
  });
});

describe('every code the Questionnaire and its responses use is published', () => {
  test('each answer option and enableWhen answer is in its CodeSystem, with the same display', () => {
    expect(questionnaireProblems(buildQuestionnaire().item)).toEqual([]);
  });

  test('each question’s CodeSystem holds exactly its answer options, and each coded question has one', () => {
    const options = new Map<string, string[]>();
    const walk = (items: QuestionnaireItem[] | undefined) =>
      items?.forEach((i) => {
        for (const o of i.answerOption ?? [])
          options.set(o.valueCoding!.system!, [...(options.get(o.valueCoding!.system!) ?? []), o.valueCoding!.code!]);
        walk(i.item);
      });
    walk(buildQuestionnaire().item);
    const published = [...codeSystems.keys()].filter((url) => url !== MEDICINE_SYSTEM);
    expect(published.sort()).toEqual([...options.keys()].sort());
    for (const [system, codes] of options) expect(codeSystems.get(system)!.concept!.map((k) => k.code)).toEqual(codes);
  });

  test('the check fails on a code or display the CodeSystem does not have', () => {
    const system = answerSystem(INDICATION_LINK_ID);
    expect(codingProblems({ system, code: 'sma', display: 'Spinal muscular atrophy (SMA)' }, 'x')).toEqual([]);
    expect(codingProblems({ system, code: 'sma', display: 'SMA' }, 'x')).toHaveLength(1);
    expect(codingProblems({ system, code: 'fop' }, 'x')).toHaveLength(1);
    expect(codingProblems({ system: `${FHIR_BASE}/CodeSystem/nowhere`, code: 'a' }, 'x')).toHaveLength(1);
    expect(codingProblems({ system, code: 'sma' }, 'x', true)).toHaveLength(1);
  });

  test('each coding of the QuestionnaireResponse of any case is published', () => {
    const codings = (items: QuestionnaireResponseItem[] | undefined): Coding[] =>
      (items ?? []).flatMap((i) => [
        ...(i.answer ?? []).flatMap((a) => [...(a.valueCoding ? [a.valueCoding] : []), ...codings(a.item)]),
        ...codings(i.item)
      ]);
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const problems = codings(caseToResponse(c).item).flatMap((x) => codingProblems(x, 'response'));
        expect(problems).toEqual([]);
      }),
      { numRuns: runs(100) }
    );
  });
});

describe('the ConceptMap of the indications', () => {
  test('holds exactly the verified codes, each once, from indications the CodeSystem has', () => {
    expect(conceptMapProblems(conceptMap)).toEqual([]);
    expect(conceptMap.sourceCanonical).toBe(valueSetUrl(INDICATION_LINK_ID));
  });

  test('the check fails on a code that is not verified, a changed equivalence, or a missing one', () => {
    const copy = () => structuredClone(conceptMap);
    const invented = copy();
    invented.group![0]!.element[0]!.target!.push({ code: '1563006', equivalence: 'equivalent' });
    expect(conceptMapProblems(invented)).toEqual([expect.stringContaining('1563006')]);
    const wider = copy();
    wider.group![0]!.element[0]!.target![0]!.equivalence = 'wider';
    expect(conceptMapProblems(wider).length).toBeGreaterThan(0);
    const dropped = copy();
    dropped.group!.pop();
    expect(conceptMapProblems(dropped).length).toBeGreaterThan(0);
  });

  test('a Condition coded with any of its targets imports as the indication it maps from', () => {
    for (const g of conceptMap.group!)
      for (const e of g.element)
        for (const t of e.target!) {
          const read = bundleToDraft(
            {
              resourceType: 'Bundle',
              type: 'collection',
              entry: [
                { resource: { resourceType: 'Condition', code: { coding: [{ system: g.target, code: t.code }] } } }
              ]
            },
            new Date('2026-12-05')
          );
          expect(read.ok && read.draft.patient?.indication).toBe(e.code);
        }
  });

  test('leaves out every indication without a verified code (none is marked unmatched)', () => {
    const mapped = new Set(conceptMap.group!.flatMap((g) => g.element.map((e) => e.code)));
    expect([...mapped].sort()).toEqual([...new Set(INDICATION_CODES.map((k) => k.indication))].sort());
    expect(
      conceptMap.group!.flatMap((g) => g.element.flatMap((e) => e.target!.map((t) => t.equivalence)))
    ).not.toContain('unmatched');
  });
});
