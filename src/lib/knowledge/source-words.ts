/** Words the source records share (sources.ts and the product modules' own sources). */
import type { SourceData } from './schema';

export const NS = 'not stated';
export const AUTHORS = 'Article authors';
// Square brackets mark a description of the subject, not the article's title.
export const HOLDER = 'Marketing-authorisation holder (name not recorded in the reference)';

/** A label holder's own statement (press release, letter), read in the copy the citation names. */
export const companySource = (id: string, citation: string, issuer: string, date: string | null): SourceData => ({
  id,
  citation,
  issuer,
  kind: 'company',
  date,
  identifier: {},
  verification: 'verified',
  developer: issuer,
  funding: 'Industry',
  revised: null
});

/** A news report; with `unverifiedNote` it is only partly verified. */
export const newsSource = (
  id: string,
  citation: string,
  issuer: string,
  date: string | null,
  unverifiedNote?: string
): SourceData => ({
  id,
  citation,
  issuer,
  kind: 'news',
  date,
  identifier: {},
  verification: unverifiedNote ? 'partial' : 'verified',
  ...(unverifiedNote ? { unverifiedNote } : {}),
  developer: issuer,
  funding: NS,
  revised: null
});
