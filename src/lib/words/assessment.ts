/**
 * The words of an assessment: fit levels, product statuses, criterion and rule results, market status and
 * warnings. One place for the summary, the CLI's text report and the what-if.
 */
import type { Fit, MarketStatus, ProductStatus } from '../engine/types';

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

/**
 * A label criterion's result for this patient, by kind: one vocabulary for the screen, the print and the
 * text report. An exclusion that passes "does not apply"; one that fails "applies".
 */
export const CRITERION_WORDS = {
  inclusion: { pass: 'Met', fail: 'Not met', unknown: 'Not known' },
  exclusion: { pass: 'Does not apply', fail: 'Applies', unknown: 'Not known' }
} as const;

/** A product rule's result (cautions and notes that are not label criteria). */
export const RESULT_WORDS = { met: 'Applies', not_met: 'Does not apply', unknown: 'Not known' } as const;

/** Where a product cannot be had; "not checked" when the knowledge base did not check that jurisdiction. */
export const MARKET_WORDS: Record<MarketStatus, string> = {
  authorised: 'authorised',
  not_authorised: 'not authorised',
  withdrawn: 'authorisation withdrawn',
  discontinued: 'discontinued',
  not_checked: 'authorisation not checked here'
};

export const WARNING_WORDS = {
  boxed_warning: 'Boxed warning',
  limitation: 'Limitation of use',
  not_read: 'Boxed warning, limitations of use'
} as const;
