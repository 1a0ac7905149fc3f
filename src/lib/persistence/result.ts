/**
 * The outcome of reading anything from outside the app (a file, a link, saved data): either the
 * value, or problems a person can act on. `path` names the field (`infections.hiv`), or is empty
 * when the problem is with the whole input.
 */
export type Problem = { path: string; message: string };
export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const loaded = <T>(value: T): Loaded<T> => ({ ok: true, value });
export const refused = (message: string, path = ''): Loaded<never> => ({ ok: false, problems: [{ path, message }] });

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a value at a dotted path such as `aavAntibodies.results.0.titre`; undefined when absent. */
export function valueAt(input: unknown, path: string): unknown {
  let here: unknown = input;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/**
 * Bidirectional-text controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F
 * marks). In a value quoted in a message, a right-to-left override would reverse the rest of the message; they are
 * removed. The UI also puts quoted values in `<bdi>` (`MessageText.svelte`).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;
const ALL_BIDI_CONTROLS = new RegExp(BIDI_CONTROLS.source, 'g');

/**
 * A short description of a value from outside, for a message. Never `String(x)` on an object:
 * parsed JSON such as `{"toString": 0}` makes that throw. Numbers are shown exactly as JavaScript reads them,
 * never rounded or cut; text is cut at `max` characters and loses its bidirectional controls.
 */
export function brief(x: unknown, max = 30): string {
  if (typeof x === 'string') {
    const text = x.replace(ALL_BIDI_CONTROLS, '');
    return text.length > max ? `${text.slice(0, max)}…` : text;
  }
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object' && x !== null) return 'an object';
  if (x === undefined) return 'missing';
  return String(x);
}

/** A value as a message quotes it: text in double quotes (so "1" is not mistaken for 1), anything else briefly. */
export const shown = (x: unknown) => (typeof x === 'string' ? `"${brief(x)}"` : brief(x));

const EXPECTED: Record<string, string> = {
  object: 'a group of answers (a JSON object)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false'
};

export type Issue = { path: PropertyKey[]; message: string; expected?: unknown; values?: readonly unknown[] };

/** zod/mini's default message is a bare "Invalid input"; the issue's `expected` or `values` say what should be there. */
function why({ message, expected, values }: Issue): string {
  if (!message.startsWith('Invalid input')) return message;
  if (values && values.length > 0) return `it must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  const wanted = typeof expected === 'string' ? EXPECTED[expected] : undefined;
  return wanted ? `it must be ${wanted}` : `it must be a valid ${String(expected ?? 'answer')}`;
}

/** "infections.hiv is missing: Select the HIV status" — the field, what was found, and the rule it broke. */
export function describeIssue(input: unknown, issue: Issue): Problem {
  const path = issue.path.map(String).join('.');
  if (path === '') return { path, message: why(issue) };
  const found = valueAt(input, path);
  if (found === undefined && issue.expected === 'object')
    return { path, message: `${path} is missing: a complete case has this group of answers` };
  const what = found === undefined ? 'is missing' : `is ${shown(found)}, which is not allowed`;
  return { path, message: `${path} ${what}: ${why(issue)}` };
}

export const problemsOf = (input: unknown, issues: readonly Issue[]): Problem[] =>
  issues.map((issue) => describeIssue(input, issue));
