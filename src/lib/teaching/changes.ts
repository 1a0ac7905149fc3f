/** The what-if differences in words, so that no change is shown by colour alone. */
import type { Assessment, AssessmentDiff, ProductStatus } from '../engine';
import { PLATFORM_SHORT } from '../knowledge/platform-ids';
import { FIT_WORDS, STATUS_WORDS } from '../words/assessment';

export { FIT_WORDS };

export type ChangeKind = 'changed' | 'added' | 'removed';
export type ChangeLine = { kind: ChangeKind; label: string; text: string };
export type ChangeGroups = {
  fits: ChangeLine[];
  findings: ChangeLine[];
  products: ChangeLine[];
  monitoring: ChangeLine[];
};

export function describeChanges(diff: AssessmentDiff, before: Assessment, after: Assessment): ChangeGroups {
  const productName = (id: string) => [...after.products, ...before.products].find((p) => p.id === id)?.name ?? id;
  const status = (s: string | null) => (s ? STATUS_WORDS[s as ProductStatus].toLowerCase() : 'not checked');
  return {
    fits: diff.fitChanges.map((c) => ({
      kind: 'changed',
      label: 'Changed',
      text: `${PLATFORM_SHORT[c.platform]} from ${FIT_WORDS[c.from]} to ${FIT_WORDS[c.to]}`
    })),
    findings: [
      ...diff.findingsAdded.map((f): ChangeLine => ({
        kind: 'added',
        label: 'New finding',
        text: `${PLATFORM_SHORT[f.platform]}: ${f.text}`
      })),
      ...diff.findingsRemoved.map((f): ChangeLine => ({
        kind: 'removed',
        label: 'No longer applies',
        text: `${PLATFORM_SHORT[f.platform]}: ${f.text}`
      }))
    ],
    products: diff.productChanges.map((c) => ({
      kind: c.from === null ? 'added' : c.to === null ? 'removed' : 'changed',
      label: c.from === null ? 'New product check' : c.to === null ? 'No longer checked' : 'Changed',
      text:
        c.from === null
          ? `${productName(c.id)}: ${status(c.to)}`
          : c.to === null
            ? productName(c.id)
            : `${productName(c.id)} from ${status(c.from)} to ${status(c.to)}`
    })),
    monitoring: [
      ...diff.monitoringAdded.map((m): ChangeLine => ({
        kind: 'added',
        label: 'New monitoring',
        text: `${PLATFORM_SHORT[m.platform]}: ${m.text}`
      })),
      ...diff.monitoringRemoved.map((m): ChangeLine => ({
        kind: 'removed',
        label: 'No longer applies',
        text: `${PLATFORM_SHORT[m.platform]}: ${m.text}`
      }))
    ]
  };
}

export const countChanges = (g: ChangeGroups) =>
  g.fits.length + g.findings.length + g.products.length + g.monitoring.length;
