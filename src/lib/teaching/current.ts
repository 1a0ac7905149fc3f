/** The wizard's case, when it is complete: the machine reaches review and the summary only with every page answered. */
import type { Case } from '../case/schema';

export const completeCase = (wizard: { page: string; context: { draft: unknown } } | undefined): Case | null =>
  wizard && (wizard.page === 'review' || wizard.page === 'summary') ? (wizard.context.draft as Case) : null;
