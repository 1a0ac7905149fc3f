/** The assessment of a case in the browser, with the knowledge of its condition (loaded once per condition). */
import type { Case } from '../case/schema';
import { assessWith } from '../engine/browser';
import type { Assessment } from '../engine/types';
import { loadKnowledge } from '../knowledge/catalogue';
import type { Knowledge } from '../knowledge/compose';

export type Assessed = { assessment: Assessment; knowledge: Knowledge };

export async function assessCase(c: Case): Promise<Assessed> {
  const knowledge = await loadKnowledge(c.patient.indication);
  return { assessment: assessWith(knowledge, c), knowledge };
}
