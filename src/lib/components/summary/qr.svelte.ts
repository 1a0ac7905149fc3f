/**
 * The QR code's encoder (lean-qr, about 3 KB gzip) loads only when the printout may need it: once the reader
 * presses a key, clicks, touches or turns the wheel on the summary, when the browser is first idle after the
 * summary has painted, or from the print button, which waits for it. A printout made before it has arrived
 * carries the address as text only, and its box then says "open the address", not "scan the code".
 */
import type { QrPath } from '$lib/summary/qr';

let encoder = $state<((text: string) => QrPath) | undefined>();
let loading: Promise<void> | undefined;

export const qr = {
  /** The code for `text`, or undefined while the encoder has not arrived. */
  path: (text: string): QrPath | undefined => encoder?.(text),
  load(): Promise<void> {
    loading ??= import('$lib/summary/qr').then(
      (m) => void (encoder = m.qrPath),
      () => void (loading = undefined)
    );
    return loading;
  }
};
