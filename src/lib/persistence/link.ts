/**
 * Share links: `/case/review#case=v1.<payload>`, where the payload is the case without its label,
 * as compact JSON (`compact.ts`) → deflate-raw → base64url. It lives in the fragment, which
 * browsers never send to a server (RFC 9110 §7.1: the fragment is not part of the request target).
 */
import { SCHEMA_VERSION, type Case } from '../case/schema';
import { readEnvelope, type CaseRead } from './envelope';
import { fromBase64url, toBase64url } from './base64url';
import { deflate, inflate } from './inflate';
import { FRAGMENT_KEY, MAX_INFLATED_BYTES, MAX_LINK_CHARS } from './limits';
import { expand, shorten } from './compact';
import { newerMessage } from './migrations';
import { isRecord, refused, shown } from './result';

export const LINK_VERSION = 1;
const DAMAGED = 'The link is damaged: part of it is missing or was changed when it was copied. Ask for the link again.';
const TRAILING =
  'The link is damaged: it has extra characters after the answers, added after it was made or when it was copied. Ask for the link again.';

/** The de-identified answers: everything but the label. */
export function deidentify(c: Case): Case {
  const { label: _label, ...rest } = c;
  return rest;
}

export async function encodeLink(c: Case): Promise<string> {
  const json = JSON.stringify(shorten({ ...deidentify(c), schemaVersion: SCHEMA_VERSION }));
  return `v${LINK_VERSION}.${toBase64url(await deflate(new TextEncoder().encode(json)))}`;
}

/** The address that reopens this case at review; used by the share panel and by the summary's print and QR code. */
export async function shareUrl(c: Case, origin: string, base = ''): Promise<string> {
  return `${origin}${base}/case/review#${FRAGMENT_KEY}=${await encodeLink(c)}`;
}

export async function decodeLink(payload: string): Promise<CaseRead> {
  if (payload === '')
    return refused(
      `The link holds no case: nothing follows "#${FRAGMENT_KEY}=". Copy the whole link, or ask for it again.`
    );
  if (payload.length > MAX_LINK_CHARS)
    return refused(
      `The link is too long to be a vector-select case (${payload.length.toLocaleString('en-GB')} characters; the limit is ${MAX_LINK_CHARS.toLocaleString('en-GB')}).`
    );
  const match = /^v(\d{1,6})\.(.*)$/s.exec(payload);
  if (!match)
    return refused(`The link is damaged: it does not start with a format version such as "v${LINK_VERSION}.".`);
  const version = Number(match[1]);
  if (version > LINK_VERSION)
    return refused(
      `This link was made by a newer version of vector-select (link format v${version}); this version reads v${LINK_VERSION}.`
    );
  if (version !== LINK_VERSION)
    return refused(`This link has an unknown format (v${version}); this version reads v${LINK_VERSION}.`);
  if (match[2] === '') return refused('The link is damaged: the answers are missing from it. Ask for the link again.');
  const bytes = fromBase64url(match[2]!);
  if (!bytes || bytes.length === 0)
    return refused(
      'The link is damaged: it contains characters a case link never has. It may have been cut or changed when it was copied.'
    );
  const inflated = await inflate(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok)
    return inflated.reason === 'too-large'
      ? refused(
          `The link expands to more than ${MAX_INFLATED_BYTES / 1024} KB, which no case needs, so it was not opened.`
        )
      : refused(inflated.reason === 'trailing' ? TRAILING : DAMAGED);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return refused('The link was changed: its contents are not readable answers. Ask for the link again.');
  }
  const expanded = expand(json);
  if (!expanded.ok) {
    // schemaVersion is word 0 in every version, so a newer link is still named as newer.
    const version = isRecord(json) ? json['0'] : undefined;
    if (Number.isInteger(version) && (version as number) > SCHEMA_VERSION)
      return refused(newerMessage(version as number));
    return refused(`The link was changed: it holds a word this version does not know (${shown(expanded.unknown)}).`);
  }
  const read = readEnvelope(expanded.value);
  // A link never brings a label with it, even one added by hand.
  return read.ok ? { ...read, value: deidentify(read.value) } : read;
}
