/**
 * The change log with the product names and citations it shows. The names and citations come from
 * changes-cited.json (written by `npm run changes:cited`, kept up to date by its test), so this page loads neither the
 * product modules nor the summary's knowledge, and the build splits the summary's code as before.
 */
import { changes } from '$lib/knowledge/changes';
import cited from '$lib/knowledge/changes-cited.json';

export const load = () => ({
  changes,
  names: cited.names as Record<string, string>,
  sources: cited.sources as Record<string, { citation: string; verified: boolean }>
});
