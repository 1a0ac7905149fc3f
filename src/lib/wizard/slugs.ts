/**
 * Page ↔ address, apart from the rest of `pages.ts` so that the layout can map addresses
 * without loading the answer checks (zod/mini) and the questions.
 */
import type { PageId } from './pages';

const SLUGS: Record<Exclude<PageId, 'start'>, string> = {
  patient: 'patient',
  condition: 'condition',
  infections: 'infections',
  aavAntibodies: 'aav-antibodies',
  immunity: 'immunity',
  medicines: 'medicines',
  priorTherapy: 'prior-therapy',
  priorTherapyDetails: 'prior-therapy-details',
  liver: 'liver',
  target: 'target',
  review: 'review',
  summary: 'summary',
  confirmDrop: 'confirm-removal'
};
export const slugOf = (page: PageId) => (page === 'start' ? '' : SLUGS[page]);
export const pageOfSlug = (slug: string): PageId | undefined =>
  (Object.keys(SLUGS) as Exclude<PageId, 'start'>[]).find((p) => SLUGS[p] === slug);
export const ALL_SLUGS = Object.values(SLUGS);
