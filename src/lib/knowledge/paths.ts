import type { Condition } from './schema';

/** Every fact path a condition reads, in first-seen order. */
export function conditionPaths(c: Condition): string[] {
  const out: string[] = [];
  const walk = (n: Condition): void => {
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
