import { describe, expect, test } from 'vitest';
import { fitFrom } from './fit';
import type { Fit, Strength } from './types';

describe('fit level', () => {
  test.each<[Strength[], Fit]>([
    [[], 'possible'],
    [['note'], 'possible'],
    [['favours'], 'favoured'],
    [['favours', 'note'], 'favoured'],
    [['favours', 'caution'], 'caution'],
    [['strong_caution'], 'strong_caution'],
    [['caution', 'strong_caution'], 'strong_caution'],
    [['favours', 'exclude'], 'not_advised'],
    [['caution', 'strong_caution', 'exclude'], 'not_advised']
  ])('strengths %j give %s', (strengths, fit) => {
    expect(fitFrom(strengths)).toBe(fit);
  });
});
