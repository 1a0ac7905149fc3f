import { describe, expect, test } from 'vitest';
import { medicines } from '../knowledge/medicines';
import { suggest } from './medicine-search';

const labels = (q: string, exclude?: Set<string>) => suggest(medicines, q, exclude).map((s) => s.label);

describe('type-ahead over the medicines list', () => {
  test.each([
    ['vori', 'Voriconazole'],
    ['Vfend', 'Voriconazole (Vfend)'],
    ['hemlib', 'Emicizumab (Hemlibra)'],
    ['oxbr', 'Voxelotor (Oxbryta)'],
    ['adakv', 'Crizanlizumab (Adakveo)'],
    ['phenyt', 'Phenytoin'],
    ['tylen', 'Paracetamol (acetaminophen), usual doses (Tylenol)'],
    ['rifamp', 'Rifampicin'],
    ['neupo', 'Filgrastim (G-CSF) (Neupogen)']
  ])('"%s" offers %s first, in a few keystrokes', (q, first) => {
    expect(labels(q)[0]).toBe(first);
  });

  test('a generic name that begins with the text comes before a brand that does', () => {
    const l = labels('pre');
    expect(l.indexOf('Prednisolone')).toBeLessThan(l.findIndex((x) => x.includes('Prezcobix')));
  });

  test('a name that matches nothing is offered as typed, marked as not checked; never matched by guess', () => {
    expect(labels('grapefruit juice')).toEqual([
      'Add “grapefruit juice” as typed (not checked against the interactions list)'
    ]);
    expect(labels('vorikonazol').some((l) => l.startsWith('Voriconazole'))).toBe(false);
  });

  test('an exact name is not offered again as typed', () => {
    expect(labels('voriconazole').some((l) => l.startsWith('Add'))).toBe(false);
  });

  test('a class can be recorded without a name', () => {
    expect(labels('anticoag')).toContain('Anticoagulant, name not recorded');
  });

  test('a medicine already added is not offered again', () => {
    expect(labels('vori', new Set(['id:voriconazole'])).some((l) => l.startsWith('Voriconazole'))).toBe(false);
  });

  test('nothing is offered before anything is typed', () => {
    expect(labels('  ')).toEqual([]);
  });
});
