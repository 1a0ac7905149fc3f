import type { MedicationAction, ProductAssessment } from './types';

/**
 * Whether a medication action concerns a product: the products it names, or — when it names none — every product
 * of the platforms it names. The product's line at the top, its care plan and the summary's own list of actions
 * for no product shown all ask this, so that an action is said in one place.
 */
export const concerns = (
  m: Pick<MedicationAction, 'products' | 'platforms'>,
  p: Pick<ProductAssessment, 'id' | 'platform'>
): boolean => (m.products.length ? m.products.includes(p.id) : m.platforms.some((x) => x === p.platform));
