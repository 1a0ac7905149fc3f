/**
 * Schema 2 → 3, step `sex` (issue 22): sex moves from the CALD condition page (`condition.sex`) to the
 * patient (`patient.sex`), where it is asked of every patient a question or a label depends on. A case that
 * gave it keeps it; one that did not has it unanswered, so the wizard asks it. The pregnancy answer is kept
 * as it was. Fibrosis values keep their meaning: schema 2's `none_or_mild` (F0 to F2) is still read.
 */
import { isRecord } from './result';

export function sex(old: Record<string, unknown>): Record<string, unknown> {
  const condition = isRecord(old.condition) ? old.condition : undefined;
  if (!condition || !('sex' in condition)) return old;
  const { sex: given, ...rest } = condition;
  const patient = isRecord(old.patient) ? old.patient : {};
  return {
    ...old,
    patient: { ...patient, ...(patient.sex === undefined ? { sex: given } : {}) },
    condition: rest
  };
}
