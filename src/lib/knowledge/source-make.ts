/**
 * Constructors for the source records of company statements and news (the change log and a few product modules).
 * Kept apart from source-words.ts, which the summary loads with sources.ts.
 */
import type { SourceData } from './schema';
import { NS } from './source-words';

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
