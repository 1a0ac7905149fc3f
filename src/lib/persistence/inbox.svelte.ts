/**
 * A share link arrives in the address's fragment. It is taken when the app starts or the
 * fragment changes, and removed from the address bar at once, so it is not kept in history or
 * copied on by accident. The start page opens it.
 */
import { payloadOf } from './limits';

const inbox = $state<{ pending?: string }>({});

/** Takes `#case=…` out of the current address; true when there was one. */
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
