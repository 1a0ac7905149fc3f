/**
 * Schema 2 → 3, made of named steps, one per change of the case format:
 * the labels' jurisdiction (issue 18), medicines by name (issue 20) and sex asked of every patient (issue 22).
 * Each step takes a raw schema-2 case (already a copy) and returns it with its own change; no step may drop
 * an answer. The steps run in this order; each is tested on its own and all together in migrations.test.ts.
 */
export type V3Step = (old: Record<string, unknown>) => Record<string, unknown>;

/** Issue 18: a schema-2 case was read against the US labels, so it opens as US (`patient.jurisdiction`). */
export const jurisdiction: V3Step = (old) => {
  const patient = old.patient;
  if (typeof patient !== 'object' || patient === null || Array.isArray(patient)) return old;
  return { ...old, patient: { ...patient, jurisdiction: 'US' } };
};

export const V3_STEPS: readonly V3Step[] = [jurisdiction];

export const toV3: V3Step = (old) => V3_STEPS.reduce((value, step) => step(value), old);
