/** Numbers as people type them into the wizard's text fields. */

/** "1:50", "50", "1.5", "1,5" → number; "" → undefined; anything else stays text, for zod to name. */
export function parseNumber(text: string, kind: 'number' | 'titre'): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const body = kind === 'titre' ? t.replace(/^1\s*:\s*/, '') : t;
  const normal = /^\d+,\d+$/.test(body) ? body.replace(',', '.') : body;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : t;
}
