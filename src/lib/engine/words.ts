/** The words for fit levels and product statuses: one place for the summary, the CLI and the what-if. */
import type { Fit, ProductStatus } from './types';

export const FIT_WORDS: Record<Fit, string> = {
  favoured: 'Favoured',
  possible: 'Possible',
  caution: 'Caution',
  strong_caution: 'Strong caution',
  not_advised: 'Not advised'
};

/** Worded so that nobody reads "meets the criteria" as a prescription. */
export const STATUS_WORDS: Record<ProductStatus, string> = {
  meets_criteria: 'Meets the label criteria checked here',
  check_needed: 'Check needed',
  not_eligible: 'Does not meet the label criteria'
};
