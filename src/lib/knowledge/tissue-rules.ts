/**
 * A platform with no established use for the target tissue gets a finding against it (caution),
 * built from the tissue table. Pairs that a rule of their own already covers are left out, so a
 * finding is never stated twice: LV outside the ex vivo targets (`in-vivo-lv`), AdV and AAV for
 * ex vivo cells (`ex-vivo-cells-*`) and AdV for the CNS (`cns-adv`).
 */
import { eq } from './build';
import { platforms } from './platforms';
import type { PlatformId, Rule } from './schema';
import { tissues } from './tissues';

const COVERED = new Set([
  'lv:*',
  'adv:hsc_ex_vivo',
  'aav:hsc_ex_vivo',
  'adv:t_cells_ex_vivo',
  'aav:t_cells_ex_vivo',
  'adv:cns'
]);
const covered = (p: PlatformId, tissue: string) => COVERED.has(`${p}:*`) || COVERED.has(`${p}:${tissue}`);

export const tissueRules: Rule[] = tissues.flatMap((t) =>
  t.noEstablishedUse
    .filter((p) => !covered(p, t.id))
    .map((p): Rule => {
      const statement = t.platforms[p];
      const name = platforms.find((x) => x.id === p)!.shortName;
      return {
        id: `no-established-use-${p}-${t.id.replaceAll('_', '-')}`,
        candidates: [],
        strength: 'caution',
        target: { platforms: [p] },
        when: eq('target.tissue', t.id),
        text: `${name} has no established use for this target (${t.name.toLowerCase()}).`,
        rationale: statement.text,
        sources: statement.sources,
        verified: statement.verified,
        note: 'From the tissue table (knowledge/tissues.ts, §2 of the reference).'
      };
    })
);
