/** Named predicates that rules in more than one file share. */
import { any, eq } from './build';

export const activeHepatitis = any(eq('infections.hbv', 'active'), eq('infections.hcv', 'active'));
