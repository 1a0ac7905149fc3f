/**
 * The one wizard actor of this tab, with its snapshot mirrored into runes (stack.md: a few lines
 * instead of @xstate/svelte's stores). Case data lives here, in memory only.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { wizardMachine, type WizardEvent } from './machine';
import type { PageId } from './pages';
import type { ImportReport } from '../fhir/bundle';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

function createWizard() {
  const actor = createActor(wizardMachine);
  let snapshot = $state.raw<Snapshot>(actor.getSnapshot());
  let notice = $state<string | null>(null);
  let imported = $state.raw<ImportReport | null>(null);
  actor.subscribe((s) => (snapshot = s));
  actor.start();
  return {
    get snapshot() {
      return snapshot;
    },
    get page() {
      return snapshot.value as PageId;
    },
    get context() {
      return snapshot.context;
    },
    send(event: WizardEvent) {
      actor.send(event);
    },
    /** Set when a reload or an old link asked for a page this case has not reached. */
    get notice() {
      return notice;
    },
    set notice(value: string | null) {
      notice = value;
    },
    /** What a FHIR file answered and left open (fhir/bundle.ts), shown until another case is opened or started. */
    get imported() {
      return imported;
    },
    set imported(value: ImportReport | null) {
      imported = value;
    }
  };
}

export const wizard = createWizard();
