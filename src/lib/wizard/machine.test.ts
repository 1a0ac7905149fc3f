import { describe, expect, test } from 'vitest';
import type { Case } from '../case/schema';
import { fromSection } from './forms';
import { answerFrom, completeWith, pageOf, startWizard } from './testing';

const adultLiver: Case = {
  schemaVersion: 3,
  patient: { ageUnit: 'years', ageYears: 40, pregnancy: 'no', indication: 'haemophilia_b' },
  condition: { haemophiliaBSelection: 'yes', factorInhibitors: 'no' },
  infections: { hiv: 'negative', hbv: 'none', hcv: 'none', acuteInfection: 'no', ad5Nab: 'not_tested' },
  aavAntibodies: {
    testing: 'tested',
    results: [
      { serotype: 'AAV5', assay: 'neutralising', result: 'detected', titre: 200, assayVersion: 'extended_range' }
    ]
  },
  immunity: { primaryImmunodeficiency: 'no', immunosuppressed: 'no', autoimmune: 'none', complement: 'none' },
  medicines: { answer: 'none', alcohol: 'yes', liveVaccineDue: 'no' },
  priorTherapy: { hadGeneTherapy: 'no' },
  liver: { altStatus: 'normal', fibrosis: 'none_or_mild', hepatobiliaryDisease: 'no', malignancy: 'none' },
  target: { tissue: 'liver', goal: 'durable', route: 'systemic', aavDose: 'below_1e14' }
};
const withPriorAav: Case = {
  ...adultLiver,
  priorTherapy: { hadGeneTherapy: 'yes' },
  priorTherapyDetails: { platforms: ['aav'], aavSerotypes: ['AAV5'], hscGeneTherapy: 'no', seriousReaction: 'no' }
};

describe('the wizard machine', () => {
  test('walks start → patient → … → review in the order of the design', () => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    const seen = [pageOf(actor)];
    while (pageOf(actor) !== 'review') {
      answerFrom(actor, adultLiver);
      seen.push(pageOf(actor));
    }
    expect(seen).toEqual([
      'patient',
      'condition',
      'infections',
      'aavAntibodies',
      'immunity',
      'medicines',
      'priorTherapy',
      'liver',
      'target',
      'review'
    ]);
  });

  test('Continue on an empty page stays there and names every missing field', () => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    actor.send({ type: 'CONTINUE', raw: {} });
    expect(pageOf(actor)).toBe('patient');
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).toEqual(['ageUnit', 'indication']);
  });

  test('an out-of-range number gets a specific message and the text stays as typed', () => {
    const actor = completeWith(startWizard(), adultLiver);
    actor.send({ type: 'CHANGE', page: 'liver' });
    const raw = { ...fromSection('liver', adultLiver.liver), altStatus: 'raised', altMultiple: '500' };
    actor.send({ type: 'CONTINUE', raw });
    expect(pageOf(actor)).toBe('liver');
    expect(actor.getSnapshot().context.errors).toEqual([
      { field: 'altMultiple', message: 'ALT/AST must be at most 100 × the upper limit of normal' }
    ]);
    expect(actor.getSnapshot().context.entries.liver?.altMultiple).toBe('500');
  });

  test.each([
    ['1:abc', 'Enter the anti-AAV titre as 1:N, for example 1:50'],
    ['1:0', 'The anti-AAV titre must be at least 1:1'],
    ['1:2.5', 'Enter the anti-AAV titre as a whole number after "1:", for example 1:50']
  ])('a titre of %s is refused with "%s"', (titre, message) => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    for (let i = 0; i < 3; i++) answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('aavAntibodies');
    actor.send({
      type: 'CONTINUE',
      raw: {
        testing: 'tested',
        serotypes: ['AAV9'],
        assay_AAV9: 'neutralising',
        result_AAV9: 'detected',
        titre_AAV9: titre
      }
    });
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'titre_AAV9', message }]);
  });

  test('Back keeps what was typed on the page, even when it was not yet valid', () => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    answerFrom(actor, adultLiver);
    answerFrom(actor, adultLiver);
    actor.send({ type: 'BACK', raw: { hiv: 'negative' } });
    expect(pageOf(actor)).toBe('condition');
    actor.send({ type: 'BACK' });
    expect(pageOf(actor)).toBe('patient');
    expect(actor.getSnapshot().context.entries.infections).toEqual({ hiv: 'negative' });
    expect(actor.getSnapshot().context.draft.patient).toEqual({ ...adultLiver.patient, jurisdiction: 'US' });
  });

  test('branching: prior-therapy details are asked only after a "yes"', () => {
    const actor = completeWith(startWizard(), withPriorAav);
    expect(actor.getSnapshot().context.draft.priorTherapyDetails).toEqual(withPriorAav.priorTherapyDetails);
    const plain = completeWith(startWizard(), adultLiver);
    expect(plain.getSnapshot().context.draft.priorTherapyDetails).toBeUndefined();
  });

  test('a Change link from review returns to review after Continue', () => {
    const actor = completeWith(startWizard(), adultLiver);
    actor.send({ type: 'CHANGE', page: 'infections' });
    expect(pageOf(actor)).toBe('infections');
    answerFrom(actor, { ...adultLiver, infections: { ...adultLiver.infections, hiv: 'positive_controlled' } });
    expect(pageOf(actor)).toBe('review');
    expect(actor.getSnapshot().context.draft.infections?.hiv).toBe('positive_controlled');
  });

  test('a change that opens a new question asks it before returning to review', () => {
    const actor = completeWith(startWizard(), adultLiver);
    actor.send({ type: 'CHANGE', page: 'priorTherapy' });
    answerFrom(actor, withPriorAav);
    expect(pageOf(actor)).toBe('priorTherapyDetails');
    answerFrom(actor, withPriorAav);
    expect(pageOf(actor)).toBe('review');
  });

  test('answers a change makes irrelevant are removed only after the user confirms', () => {
    const actor = completeWith(startWizard(), withPriorAav);
    actor.send({ type: 'CHANGE', page: 'priorTherapy' });
    answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('confirmDrop');
    expect(actor.getSnapshot().context.draft.priorTherapyDetails).toBeDefined();
    actor.send({ type: 'CANCEL' });
    expect(pageOf(actor)).toBe('priorTherapy');
    expect(actor.getSnapshot().context.draft.priorTherapy?.hadGeneTherapy).toBe('yes');
    expect(actor.getSnapshot().context.entries.priorTherapy).toEqual({ hadGeneTherapy: 'no' });
    answerFrom(actor, adultLiver);
    actor.send({ type: 'CONFIRM' });
    expect(pageOf(actor)).toBe('review');
    expect(actor.getSnapshot().context.draft.priorTherapyDetails).toBeUndefined();
    expect(actor.getSnapshot().context.draft.priorTherapy?.hadGeneTherapy).toBe('no');
  });

  test('changing the indication drops the old condition answers after confirmation and asks the new ones', () => {
    const actor = completeWith(startWizard(), adultLiver);
    actor.send({ type: 'CHANGE', page: 'patient' });
    actor.send({ type: 'CONTINUE', raw: { ageUnit: 'years', ageYears: '8', indication: 'dmd' } });
    expect(pageOf(actor)).toBe('confirmDrop');
    actor.send({ type: 'CONFIRM' });
    expect(pageOf(actor)).toBe('condition');
    expect(actor.getSnapshot().context.draft.condition).toBeUndefined();
    actor.send({ type: 'CONTINUE', raw: { ambulatory: 'yes', dmdDeletion: 'other' } });
    expect(pageOf(actor)).toBe('review');
  });

  test('browser navigation opens only pages the answers have reached', () => {
    const actor = startWizard();
    actor.send({ type: 'START' });
    answerFrom(actor, adultLiver);
    actor.send({ type: 'GO_TO', page: 'target' });
    expect(pageOf(actor)).toBe('condition');
    actor.send({ type: 'GO_TO', page: 'summary' });
    expect(pageOf(actor)).toBe('condition');
    actor.send({ type: 'GO_TO', page: 'patient' });
    expect(pageOf(actor)).toBe('patient');
    actor.send({ type: 'GO_TO', page: 'condition' });
    expect(pageOf(actor)).toBe('condition');
  });

  test('the summary is reached only from a complete review', () => {
    const actor = completeWith(startWizard(), adultLiver);
    actor.send({ type: 'CONTINUE', raw: {} });
    expect(pageOf(actor)).toBe('summary');
    actor.send({ type: 'BACK' });
    expect(pageOf(actor)).toBe('review');
  });

  test('a loaded case that lacks answers asks only the pages that lack them, then returns to review', () => {
    const older: Case = {
      ...adultLiver,
      condition: { factorInhibitors: 'no' },
      aavAntibodies: { testing: 'tested', results: [{ serotype: 'AAV5', assay: 'neutralising', result: 'detected' }] }
    };
    const actor = startWizard();
    actor.send({ type: 'LOAD', case: older });
    expect(pageOf(actor)).toBe('condition');
    answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('aavAntibodies');
    actor.send({ type: 'BACK' });
    expect(pageOf(actor)).toBe('infections');
    answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('aavAntibodies');
    answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('review');
    expect(actor.getSnapshot().context.draft).toEqual(adultLiver);
    actor.send({ type: 'CHANGE', page: 'immunity' });
    answerFrom(actor, adultLiver);
    expect(pageOf(actor)).toBe('review');
  });

  test('a loaded case opens at review, and Restart clears every answer', () => {
    const actor = startWizard();
    actor.send({ type: 'LOAD', case: adultLiver });
    expect(pageOf(actor)).toBe('review');
    actor.send({ type: 'RESTART' });
    expect(pageOf(actor)).toBe('start');
    expect(actor.getSnapshot().context.draft).toEqual({ schemaVersion: 3 });
  });
});

describe('resuming a case saved on this device', () => {
  const partial = { schemaVersion: 3 as const, patient: adultLiver.patient, condition: adultLiver.condition };

  test.each([
    ['a complete case at summary', adultLiver, 'summary', 'summary'],
    ['a complete case at a question page', adultLiver, 'liver', 'liver'],
    ['a part-answered case at its next page', partial, 'infections', 'infections'],
    ['a part-answered case asking for review', partial, 'review', 'infections'],
    ['a part-answered case asking for a page it has not reached', partial, 'target', 'infections'],
    ['a complete case left on the confirm page', adultLiver, 'confirmDrop', 'review']
  ] as const)('%s reopens at the right page', (_, draft, page, expected) => {
    const actor = startWizard();
    actor.send({ type: 'RESUME', draft, page });
    expect(pageOf(actor)).toBe(expected);
    expect(actor.getSnapshot().context.draft).toEqual(draft);
  });

  test('replaces the case in memory, keeping none of its typed entries', () => {
    const actor = completeWith(startWizard(), withPriorAav);
    actor.send({ type: 'RESUME', draft: partial, page: 'infections' });
    expect(actor.getSnapshot().context.draft).toEqual(partial);
    expect(actor.getSnapshot().context.entries).toEqual({});
  });
});
