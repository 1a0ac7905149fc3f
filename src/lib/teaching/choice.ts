/**
 * Which case each side of the comparison shows: the case in progress, an example patient, or a case file the
 * user opened. Parsed from and written to the address (`?a=example:sma-infant-aav9&b=current`), never with case
 * data: a file's answers stay in the page's memory.
 */
import type { Case } from '../case/schema';
import { patients } from '../knowledge/examples';

export type Pick = { kind: 'none' } | { kind: 'current' } | { kind: 'example'; id: string } | { kind: 'file' };

export function parsePick(value: string | null): Pick {
  if (value === 'current') return { kind: 'current' };
  if (value?.startsWith('example:')) {
    const id = value.slice('example:'.length);
    if (patients.some((p) => p.id === id)) return { kind: 'example', id };
  }
  return { kind: 'none' };
}

/** The address form of a choice; a file and no choice have none. */
export const pickValue = (p: Pick): string =>
  p.kind === 'current' ? 'current' : p.kind === 'example' ? `example:${p.id}` : p.kind === 'file' ? 'file' : '';

export type Chosen = { case: Case; title: string } | null;

export function chosenCase(p: Pick, current: Case | null, file: { case: Case; name: string } | null): Chosen {
  if (p.kind === 'current') return current ? { case: current, title: 'The case in progress' } : null;
  if (p.kind === 'example') {
    const e = patients.find((x) => x.id === p.id);
    return e ? { case: e.case, title: e.title } : null;
  }
  if (p.kind === 'file') return file ? { case: file.case, title: `Case file ${file.name}` } : null;
  return null;
}
