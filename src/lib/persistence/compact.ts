/** Shortens a case's JSON for a link by the frozen word list, and expands it back, refusing words it does not know. */
import { LINK_WORDS } from './link-words';

const CODE = new Map<string, string>(LINK_WORDS.map((w, i) => [w, i.toString(36)]));
const ESCAPE = '~';
/** Deeper than any case (case → section → list → result → field is 4): deeper input was made by hand. */
const MAX_DEPTH = 8;

const word = (w: string) => CODE.get(w) ?? ESCAPE + w;

export function shorten(x: unknown): unknown {
  if (typeof x === 'string') return word(x);
  if (Array.isArray(x)) return x.map(shorten);
  if (typeof x === 'object' && x !== null)
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [word(k), shorten(v)]));
  return x;
}

export type Expanded = { ok: true; value: unknown } | { ok: false; unknown: string };

class Unknown extends Error {}

function unword(code: string): string {
  if (code.startsWith(ESCAPE)) return code.slice(1);
  const index = /^[0-9a-z]{1,3}$/.test(code) ? parseInt(code, 36) : -1;
  const w = LINK_WORDS[index];
  if (w === undefined) throw new Unknown(code.slice(0, 20));
  return w;
}

function expandValue(x: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Unknown('(nested too deeply)');
  if (typeof x === 'string') return unword(x);
  if (Array.isArray(x)) return x.map((v) => expandValue(v, depth + 1));
  if (typeof x === 'object' && x !== null)
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [unword(k), expandValue(v, depth + 1)]));
  return x;
}

export function expand(x: unknown): Expanded {
  try {
    return { ok: true, value: expandValue(x, 0) };
  } catch (e) {
    if (e instanceof Unknown) return { ok: false, unknown: e.message };
    throw e;
  }
}
