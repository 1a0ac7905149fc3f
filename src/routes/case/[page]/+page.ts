import { error } from '@sveltejs/kit';
import { ALL_SLUGS, pageOfSlug } from '$lib/wizard/pages';
import type { EntryGenerator, PageLoad } from './$types';

// The summary has a route of its own (case/summary).
export const entries: EntryGenerator = () => ALL_SLUGS.filter((page) => page !== 'summary').map((page) => ({ page }));

export const load: PageLoad = ({ params }) => {
  if (!pageOfSlug(params.page)) error(404, 'There is no such page in the wizard');
  return {};
};
