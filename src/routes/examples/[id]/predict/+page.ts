import { error } from '@sveltejs/kit';
import { patients } from '$lib/knowledge/examples';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => patients.map((p) => ({ id: p.id }));

export const load: PageLoad = ({ params }) => {
  const patient = patients.find((p) => p.id === params.id);
  if (!patient) error(404, 'There is no such example case');
  return { patient };
};
