/**
 * A share link arrives in the address's fragment. It is taken when the app starts or the
 * fragment changes, and removed from the address bar at once, so it is not kept in history or
 * copied on by accident. The start page opens it.
 */
import { payloadOf } from './limits';

const inbox = $state<{ pending?: string }>({});

/** Takes `#case=…` out of the current address; true when there was one (even an empty one). */
export function takeLinkFromAddress(): boolean {
  const payload = payloadOf(location.hash);
  if (payload === undefined) return false;
  inbox.pending = payload;
  history.replaceState(history.state, '', location.pathname + location.search);
  return true;
}

/** The link payload waiting to be opened, given out once; read in an effect, it reruns the effect when a link arrives. */
export function takePendingLink(): string | undefined {
  const payload = inbox.pending;
  if (payload !== undefined) inbox.pending = undefined;
  return payload;
}

/** Hands a link to the start page (the not-found page's "Open the shared case"). */
export function offerLink(payload: string) {
  inbox.pending = payload;
}

/*
 * A link pasted over the address of an open tab changes only the fragment: the browser makes a
 * history entry of its own for it, which the router does not know, so Back onto it would change the
 * address but not the page. The app goes back off that entry before it moves to the start page.
 * Whether the browser pushed an entry (the usual case) or replaced the current one, the Navigation
 * API's `navigate` event says; where a browser lacks it, the history's length does.
 */
let lastNavigation: NavigationType | undefined;
let lengthMark = 0;

/** Called once the app runs, and after each routed navigation (`markHistory`). */
export function watchHistory() {
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  navigation?.addEventListener('navigate', (event) => (lastNavigation = event.navigationType));
  // A routed entry has the router's state; the entry of a pasted fragment has none.
  addEventListener('popstate', (event) => event.state !== null && markHistory());
  markHistory();
}
export function markHistory() {
  lengthMark = history.length;
}

const wentBack = () =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    addEventListener('popstate', done, { once: true });
    history.back();
  });

/**
 * On a fragment change: takes a link, and leaves the history entry the browser made for it.
 * 'back' when the tab is back on the entry before the paste, 'replaced' when the browser replaced
 * the current entry instead (the caller then replaces it through the router), undefined when the
 * fragment holds no link.
 */
export async function takePastedLink(): Promise<'back' | 'replaced' | undefined> {
  const pushed = lastNavigation !== undefined ? lastNavigation === 'push' : history.length > lengthMark;
  if (!takeLinkFromAddress()) {
    markHistory();
    return undefined;
  }
  if (!pushed) return 'replaced';
  await wentBack();
  return 'back';
}
