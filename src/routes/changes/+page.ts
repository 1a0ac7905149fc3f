/**
 * The change log as `npm run changes:cited` writes it (changes-cited.json, kept up to date by its test): each change
 * with its date in words, and the product names and citations shown. So this page loads neither the product modules
 * nor the summary's knowledge, and the build splits the summary's code as before.
 */
import type { ShownChange } from '$lib/knowledge/changes-view';
import cited from '$lib/knowledge/changes-cited.json';

export const load = () => ({
  changes: cited.changes as ShownChange[],
  names: cited.names as Record<string, string>,
  sources: cited.sources as Record<string, { citation: string; verified: boolean }>
});
