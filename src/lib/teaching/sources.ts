/** Source ids as short citation text for teaching notes, with whether each was verified against a copy. */
import { baseKnowledge } from '../knowledge/compose';

const { sourceById } = baseKnowledge;

export type CitedSource = { id: string; text: string; verified: boolean };

export const citedSources = (ids: string[]): CitedSource[] =>
  ids.flatMap((id) => {
    const s = sourceById.get(id);
    return s ? [{ id, text: s.citation, verified: s.verification === 'verified' }] : [];
  });
