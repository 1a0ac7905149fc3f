/** Words the source records share (sources.ts and the product modules' own sources). */
export const NS = 'not stated';
export const AUTHORS = 'Article authors';
// Square brackets mark a description of the subject, not the article's title.
export const HOLDER = 'Marketing-authorisation holder (name not recorded in the reference)';
