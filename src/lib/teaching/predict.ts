/**
 * Predict, then reveal: the rows a class predicts (each platform's fit, each product's status) and, once
 * revealed, what the engine found, whether the class got it right, and the findings or label criteria that
 * decide it. The predictions live in the page's memory only.
 */
import type { Assessment, Fit, ProductStatus } from '../engine/types';
import { FITS } from '../engine/types';
import { PLATFORM_SHORT } from '../knowledge/platform-ids';
import { FIT_WORDS, STATUS_WORDS } from '../words/assessment';
import { decidingCriteria, decidingFindings, type Because } from './decisive';

export const STATUSES: readonly ProductStatus[] = ['meets_criteria', 'check_needed', 'not_eligible'];

export type Choice = { value: string; label: string };
export type PredictRow = {
  /** `platform-aav`, `product-zolgensma`: the form field's name. */
  key: string;
  kind: 'platform' | 'product';
  name: string;
  choices: Choice[];
  actual: string;
  actualWords: string;
  /** The engine's own sentence on the level or status. */
  reason: string;
  because: Because[];
};

const FIT_CHOICES: Choice[] = FITS.map((f: Fit) => ({ value: f, label: FIT_WORDS[f] }));
const STATUS_CHOICES: Choice[] = STATUSES.map((s) => ({ value: s, label: STATUS_WORDS[s] }));

export function predictRows(a: Assessment): PredictRow[] {
  return [
    ...a.platforms.map((p) => ({
      key: `platform-${p.id}`,
      kind: 'platform' as const,
      name: p.name.includes(`(${PLATFORM_SHORT[p.id]})`) ? p.name : `${PLATFORM_SHORT[p.id]}: ${p.name}`,
      choices: FIT_CHOICES,
      actual: p.fit,
      actualWords: FIT_WORDS[p.fit],
      reason: p.fitReason,
      because: decidingFindings(p)
    })),
    ...a.products.map((p) => ({
      key: `product-${p.id}`,
      kind: 'product' as const,
      name: p.name,
      choices: STATUS_CHOICES,
      actual: p.status,
      actualWords: STATUS_WORDS[p.status],
      reason: p.statusReason,
      because: decidingCriteria(p)
    }))
  ];
}

export type Verdict = 'right' | 'different' | 'none';
export type RevealRow = PredictRow & { predicted: string | null; predictedWords: string; verdict: Verdict };
export type Reveal = { rows: RevealRow[]; right: number; predicted: number; total: number };

/** The class's predictions (key → value; a row left blank is "no prediction") against the engine's. */
export function reveal(rows: readonly PredictRow[], predictions: Readonly<Record<string, string>>): Reveal {
  const out = rows.map((r): RevealRow => {
    const predicted = r.choices.some((c) => c.value === predictions[r.key]) ? predictions[r.key]! : null;
    return {
      ...r,
      predicted,
      predictedWords: predicted ? r.choices.find((c) => c.value === predicted)!.label : 'No prediction',
      verdict: predicted === null ? 'none' : predicted === r.actual ? 'right' : 'different'
    };
  });
  return {
    rows: out,
    right: out.filter((r) => r.verdict === 'right').length,
    predicted: out.filter((r) => r.verdict !== 'none').length,
    total: out.length
  };
}
