/**
 * The address and the wizard machine kept in step (moved out of the layout). The machine decides which page
 * is shown; the address follows it, and Back/Forward, links and reloads ask the machine, which opens only the
 * pages it has reached. When the app starts, this tab's own copy of the case (sessionStorage: a reload, Back
 * into the app, the browser's tab restore) is reopened exactly as it was; without one, a wizard address
 * resumes a case saved on this device. Call `keepAddressInStep()` once, while the root layout initialises.
 */
import { browser } from '$app/environment';
import { afterNavigate, goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { device, keepSaved } from '$lib/persistence/device.svelte';
import { markHistory, takeLinkFromAddress, takePastedLink } from '$lib/persistence/inbox.svelte';
import { hasSavedCase, tabCopyText } from '$lib/persistence/limits';
import { keepTabCopy } from '$lib/persistence/tab-copy';
import { loadedWizard, loadWizard } from '$lib/wizard/lazy.svelte';
import type { PageId } from '$lib/wizard/pages';
import { pageOfSlug, slugOf } from '$lib/wizard/slugs';
import { typing } from '$lib/wizard/typing.svelte';

export const pathOf = (p: PageId) => (p === 'start' ? resolve('/') : resolve('/case/[page]', { page: slugOf(p) }));

/** The wizard page the address asks for; undefined on pages outside the wizard. */
export const requested = (): PageId | undefined =>
  page.route.id === '/'
    ? 'start'
    : page.route.id === '/case/summary'
      ? 'summary'
      : page.route.id === '/case/[page]'
        ? pageOfSlug(page.params.page ?? '')
        : undefined;

/** Whether leaving would lose answers: the tab holds some, and the user has not asked to keep them on the device. */
export function hasUnsavedAnswers(): boolean {
  const wizard = loadedWizard();
  if (!wizard || device.saving) return false;
  const answered = Object.keys(wizard.context.draft).some((k) => k !== 'schemaVersion');
  const typed = typing.raw !== undefined && Object.values(typing.raw).some((v) => v.length > 0);
  return answered || typed;
}

/** Reopens this tab's copy at the address's page (or the copy's own page outside the wizard). */
async function restoreTabCopy(text: string) {
  const [{ readTabCopy }, { keepSaving }, { saveCase }, wizard] = await Promise.all([
    import('$lib/persistence/tab'),
    import('$lib/persistence/device.svelte'),
    import('$lib/persistence/storage'),
    loadWizard()
  ]);
  const copy = readTabCopy(text);
  if (!copy) return false;
  const at = requested() ?? copy.page;
  wizard.send({
    type: 'RESUME',
    draft: copy.draft,
    page: at,
    entries: copy.entries,
    changing: copy.changing,
    completing: copy.completing
  });
  if (copy.saving && hasSavedCase()) keepSaving(saveCase);
  return true;
}

async function resumeSavedCase() {
  const [{ resumeSaved }, wizard] = await Promise.all([import('$lib/persistence/session'), loadWizard()]);
  const read = resumeSaved(requested());
  if (read.status === 'damaged' || read.status === 'unavailable') wizard.notice = read.message;
}

export function keepAddressInStep() {
  // A share link in the address is opened by the start page; this tab's own copy comes back first, so that the
  // start page can ask before a link replaces it.
  const linked = browser && takeLinkFromAddress();
  const copy = browser ? tabCopyText() : null;
  const wanted = browser ? requested() : undefined;
  const resume = browser && !copy && !linked && wanted !== 'start' && wanted !== undefined && hasSavedCase();
  let resuming = $state(copy !== null || resume);
  if (copy !== null)
    restoreTabCopy(copy)
      .then((ok) => (!ok && resume ? resumeSavedCase() : undefined))
      .finally(() => (resuming = false));
  else if (resume) resumeSavedCase().finally(() => (resuming = false));

  // Opt-in saving on the device, and this tab's own copy, follow every change.
  $effect(() => {
    const wizard = loadedWizard();
    if (!wizard || resuming) return;
    const { draft, entries, changing, completing, pending } = wizard.context;
    const page = wizard.page;
    keepSaved(draft, page);
    const typed = typing.page && typing.page === page && typing.raw ? { [typing.page]: typing.raw } : {};
    keepTabCopy({
      draft,
      page,
      entries: { ...entries, ...typed },
      changing,
      completing,
      pending,
      saving: device.saving
    });
  });

  // URL → machine: browser Back/Forward, links and reloads ask the machine, which opens only pages it has reached.
  afterNavigate(async (navigation) => {
    markHistory();
    const wanted = requested();
    // A link opened with /examples, /glossary or /changes goes to the start page, which opens it. The not-found page (any
    // other address: 404.html hydrates with the route of the address, if any) explains it and offers to open it.
    if (
      navigation.type === 'enter' &&
      linked &&
      (page.route.id === '/examples' || page.route.id === '/glossary' || page.route.id === '/changes')
    )
      return goto(resolve('/'), { replaceState: true });
    if (resuming || wanted === undefined) return;
    // Without a loaded wizard there is no case, and the start page needs none.
    const wizard = wanted === 'start' ? loadedWizard() : await loadWizard();
    if (!wizard || resuming || wanted !== requested() || wanted === wizard.page) return;
    wizard.send({ type: 'GO_TO', page: wanted });
    if (wizard.page !== wanted) {
      if (navigation.type === 'enter' && !linked)
        wizard.notice =
          'The page you opened belongs to a case in progress, and this tab has none: each tab keeps its own case until it is closed, and a case saved on this device opens from the start page. Start a new case, or open a case file or link there.';
      goto(pathOf(wizard.page), { replaceState: true });
    }
  });

  // Machine → URL: each new wizard page gets its own address and history entry.
  $effect(() => {
    const current = loadedWizard()?.page;
    if (resuming || current === undefined) return;
    untrack(() => {
      const wanted = requested();
      if (wanted !== undefined && wanted !== current) goto(pathOf(current), { keepFocus: true });
    });
  });

  /** A share link pasted over this page's address changes only the fragment: the start page opens it. */
  async function onhashchange() {
    const how = await takePastedLink();
    if (how === 'replaced' || (how === 'back' && requested() !== 'start'))
      goto(resolve('/'), { replaceState: how === 'replaced' });
  }

  /** Closing the tab or leaving the app with answers not saved on the device asks first. */
  function onbeforeunload(event: BeforeUnloadEvent) {
    if (!hasUnsavedAnswers()) return;
    event.preventDefault();
    event.returnValue = '';
  }

  return { onhashchange, onbeforeunload };
}
