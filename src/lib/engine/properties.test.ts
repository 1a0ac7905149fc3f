import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { parseCase } from '../case/parse';
import { caseArbitrary } from '../fixtures/arbitrary';
import { contraindications } from '../fixtures/contraindications';
import { forgetters } from '../fixtures/unknowns';
import { FACTS, sourceById } from '../knowledge';
import { assess } from '.';
import { FITS, type Assessment } from './types';
import { runs } from '../testing/runs';

const rank = (a: Assessment) => a.platforms.map((p) => FITS.indexOf(p.fit));
const citedIds = (a: Assessment) => [
  ...a.platforms.flatMap((p) => [...p.findings, ...p.for, ...p.against].flatMap((x) => x.sources)),
  ...a.products.flatMap((p) => [...p.sources, ...p.checks.flatMap((c) => c.sources)]),
  ...a.serotypes.flatMap((s) => s.sources),
  ...a.medicationActions.flatMap((m) => m.sources),
  ...Object.values(a.monitoring).flatMap((items) => items.flatMap((m) => m.sources)),
  ...Object.values(a.followUp).flatMap((f) => f.sources)
];

describe('for any valid case', () => {
  test('the generator makes only valid cases', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => parseCase(c).ok),
      { numRuns: runs(1000) }
    );
  });

  test(`assess never throws, cites only existing sources and traces only known answers (${runs(5000)} cases)`, () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const a = assess(c);
        const ordered = a.platforms.map((p) => p.id).join() === 'adv,lv,aav';
        const cited = citedIds(a).every((id) => sourceById.has(id));
        const traced = a.platforms.every((p) => p.findings.every((f) => f.trigger.every((t) => t.path in FACTS)));
        return ordered && cited && traced;
      }),
      { numRuns: runs(5000) }
    );
  }, 120_000);

  test('assess is deterministic', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => isDeepStrictEqual(assess(structuredClone(c)), assess(c))),
      { numRuns: runs(1000) }
    );
  }, 60_000);

  test('adding a contraindicating answer never raises a platform’s fit level', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...contraindications), (c, [, add]) => {
        const worse = add(c);
        const before = rank(assess(c));
        return parseCase(worse).ok && rank(assess(worse)).every((r, i) => r >= before[i]!);
      }),
      { numRuns: runs(1000) }
    );
  }, 60_000);

  // An answer replaced by "not known" can only turn a rule's result into unknown: a met rule never
  // becomes not met and a not-met rule never becomes met. So "not known" is never read as "no".
  test('an unknown is never treated as a negative answer', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...forgetters), (c, [, forget]) => {
        const vaguer = forget(c);
        const before = new Map(assess(c).rules.map((r) => [r.ruleId, r.result]));
        const after = assess(vaguer).rules;
        return parseCase(vaguer).ok && after.every((r) => r.result === 'unknown' || r.result === before.get(r.ruleId));
      }),
      { numRuns: runs(1000) }
    );
  }, 60_000);

  test('a rule silenced by forgetting an answer is listed among the unknowns', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...forgetters), (c, [, forget]) => {
        const a = assess(c);
        const b = assess(forget(c));
        const listed = new Set(b.unknowns.flatMap((u) => u.rules.map((r) => r.ruleId)));
        const shown = new Set(a.platforms.flatMap((p) => p.findings.map((f) => f.ruleId)));
        return b.rules.every((r) => r.result !== 'unknown' || !shown.has(r.ruleId) || listed.has(r.ruleId));
      }),
      { numRuns: runs(1000) }
    );
  }, 60_000);
});
