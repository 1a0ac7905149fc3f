import type { Predicate } from './schema';

/** Every fact path a predicate reads, in first-seen order. */
export function predicatePaths(c: Predicate): string[] {
  const out: string[] = [];
  const walk = (n: Predicate): void => {
    if ('conditions' in n) n.conditions.forEach(walk);
    else if ('condition' in n) walk(n.condition);
    else if ('given' in n) {
      walk(n.given);
      walk(n.then);
    } else if (!out.includes(n.path)) out.push(n.path);
  };
  walk(c);
  return out;
}
