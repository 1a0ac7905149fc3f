import type { ProductAssessment } from './types';

/** A product gets a care plan when it meets its label or may, pending checks, and is still made. */
export const hasPlan = (p: ProductAssessment) => p.status !== 'not_eligible' && p.marketStatus !== 'discontinued';
