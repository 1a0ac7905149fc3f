/**
 * The disclaimer, worded once: every page, the printed summary, the reports (text, JSON, CLI) and the
 * calendar file take its words from here. It is a leaf module (no imports), so any layer may use it.
 */

/** The disclaimer itself: what vector-select is and is not. */
export const DISCLAIMER = 'Decision support for health professionals, not a recommendation or a prescription.';

/** What it does not replace, said after the disclaimer where there is room. */
export const NOT_A_REPLACEMENT =
  'It does not replace clinical judgement, specialist advice or the current product label.';

/** The long form: the disclaimer and what it does not replace. */
export const DISCLAIMER_LONG = `${DISCLAIMER} ${NOT_A_REPLACEMENT}`;

/** The banner above every page, beside its "For professionals" tag (so it does not say "professionals" twice). */
export const DISCLAIMER_BANNER = 'Decision support only, not a recommendation or a prescription.';

/** The reminder in each calendar entry of the care plan. */
export const DISCLAIMER_CALENDAR = 'Decision support, not a prescription: check the current label.';
