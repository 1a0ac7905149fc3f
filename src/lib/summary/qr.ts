/**
 * A QR code as an SVG path, made on the device (lean-qr, ~3.5 KB gzip): the printed summary's
 * way back to the case. No image service, no request.
 */
import { correction, generate } from 'lean-qr';

export type QrPath = { size: number; d: string };

export function qrPath(text: string): QrPath {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { size: code.size, d };
}
