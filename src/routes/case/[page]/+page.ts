import { error } from '@sveltejs/kit';
import { ALL_SLUGS, pageOfSlug } from '$lib/wizard/pages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => ALL_SLUGS.map((page) => ({ page }));

export const load: PageLoad = ({ params }) => {
  if (!pageOfSlug(params.page)) error(404, 'There is no such page in the wizard');
  return {};
};
