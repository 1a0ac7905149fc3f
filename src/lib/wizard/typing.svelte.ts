/**
 * What is typed on the question page now on screen, before Continue: the page publishes it here, so this
 * tab's own copy of the case (persistence/tab-copy.ts) keeps it over a reload, and leaving asks first.
 */
import type { QuestionPage } from './pages';
import type { Raw } from './questions';

export const typing = $state<{ page?: QuestionPage; raw?: Raw }>({});
