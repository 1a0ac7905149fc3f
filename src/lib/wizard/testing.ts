/** Helpers for driving the wizard machine in tests: answer a page from a case, as a user would. */
import { createActor } from 'xstate';
import type { Case } from '../case/schema';
import { fromSection } from './forms';
import { wizardMachine } from './machine';
import type { QuestionPage } from './pages';

export const startWizard = () => {
  const actor = createActor(wizardMachine).start();
  return actor;
};
export type WizardActor = ReturnType<typeof startWizard>;

export const pageOf = (actor: WizardActor) => actor.getSnapshot().value as string;

/** Sends Continue with the form fields that the case's answers for the current page would produce. */
export function answerFrom(actor: WizardActor, c: Case) {
  const page = pageOf(actor) as QuestionPage;
  actor.send({ type: 'CONTINUE', raw: fromSection(page, c[page]) });
}

/** Answers every page from the case until review (or until a page does not move on). */
export function completeWith(actor: WizardActor, c: Case, limit = 20) {
  if (pageOf(actor) === 'start') actor.send({ type: 'START' });
  for (let i = 0; i < limit && pageOf(actor) !== 'review'; i++) {
    const before = pageOf(actor);
    answerFrom(actor, c);
    if (pageOf(actor) === before)
      throw new Error(`Stuck on ${before}: ${JSON.stringify(actor.getSnapshot().context.errors)}`);
  }
  return actor;
}
