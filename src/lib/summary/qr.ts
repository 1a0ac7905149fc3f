/**
 * A QR code as an SVG path, made on the device (lean-qr, ~3.5 KB gzip): the printed summary's
 * way back to the case. No image service, no request.
 */
import { correction, generate, mode } from 'lean-qr';

/** A share link is plain ASCII: leaving out the Shift-JIS mode spares building its 8,000-character table. */
const MODES = [mode.numeric, mode.alphaNumeric, mode.ascii];

export type QrPath = { size: number; d: string };

export function qrPath(text: string): QrPath {
  const code = generate(text, { minCorrectionLevel: correction.M, modes: MODES });
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { size: code.size, d };
}
