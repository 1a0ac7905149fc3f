/**
 * Turns a case into facts (see knowledge/facts.ts). "not_known", "not_tested" and absent
 * answers become absent facts (unknown). Branch questions that were not asked because an
 * earlier answer ruled them out become known values (e.g. no gene therapy → no prior capsids).
 */
import type { Case } from '../case/schema';
import { ageInMonths, asksPregnancy } from '../case/age';
import { AAV_SEROTYPES } from '../case/values';
import type { FactValue, Facts } from './types';
import type { MedicineKnowledge } from '../knowledge/medicine-knowledge';
import { medicineClasses } from './medicine-classes';

const UNKNOWN = new Set(['not_known', 'not_tested']);
const put = (facts: Record<string, FactValue>, path: string, value: FactValue | undefined) => {
  if (value === undefined || (typeof value === 'string' && UNKNOWN.has(value))) return;
  facts[path] = value;
};

function antibodyFacts(c: Case, facts: Record<string, FactValue>): void {
  if (c.aavAntibodies.testing !== 'tested') return;
  for (const serotype of AAV_SEROTYPES) {
    const r = c.aavAntibodies.results?.find((x) => x.serotype === serotype);
    if (!r) continue;
    put(facts, `aavAntibodies.${serotype}.result`, r.result);
    put(facts, `aavAntibodies.${serotype}.titre`, r.result === 'not_detected' ? 0 : r.titre);
    put(facts, `aavAntibodies.${serotype}.assay`, r.assay);
    put(facts, `aavAntibodies.${serotype}.companionTest`, r.assay === 'total_binding' ? r.companionTest : undefined);
    put(facts, `aavAntibodies.${serotype}.assayVersion`, r.assay === 'neutralising' ? r.assayVersion : undefined);
  }
}

/** The classes of the current medicines (engine/medicines.ts): a name typed as free text makes a class unknown. */
function medicineFacts(c: Case, facts: Record<string, FactValue>, list?: MedicineKnowledge): void {
  const m = c.medicines;
  const current = m.answer === 'none' ? [] : m.answer === 'some' ? medicineClasses(m.current ?? [], list) : undefined;
  put(facts, 'medicines.current', current);
  if (current) put(facts, 'medicines.steroidDose', current.includes('corticosteroids') ? m.steroidDose : 'none');
  put(facts, 'medicines.alcohol', m.alcohol);
  put(facts, 'medicines.liveVaccineDue', m.liveVaccineDue);
}

function priorTherapyFacts(c: Case, facts: Record<string, FactValue>): void {
  const had = c.priorTherapy.hadGeneTherapy;
  put(facts, 'priorTherapy.hadGeneTherapy', had);
  if (had === 'no') {
    facts['priorTherapyDetails.platforms'] = [];
    facts['priorTherapyDetails.aavSerotypes'] = [];
    facts['priorTherapyDetails.hscGeneTherapy'] = 'no';
    return;
  }
  const d = c.priorTherapyDetails;
  if (had !== 'yes' || !d) return;
  facts['priorTherapyDetails.platforms'] = d.platforms;
  const maybeAav = d.platforms.includes('aav') || d.platforms.includes('not_known');
  // An unlisted capsid after "AAV" or an unknown platform is recorded as 'not_known': includes() is then unknown.
  facts['priorTherapyDetails.aavSerotypes'] = !maybeAav
    ? []
    : d.platforms.includes('aav')
      ? (d.aavSerotypes ?? ['not_known'])
      : [...(d.aavSerotypes ?? []), 'not_known'];
  put(facts, 'priorTherapyDetails.hscGeneTherapy', d.hscGeneTherapy);
}

export function extractFacts(c: Case, medicines?: MedicineKnowledge): Facts {
  const facts: Record<string, FactValue> = {};
  const { patient, infections, immunity, liver, target } = c;
  put(facts, 'patient.ageMonths', ageInMonths(patient));
  put(facts, 'patient.premature', patient.premature);
  put(facts, 'patient.sex', patient.sex);
  put(facts, 'patient.pregnancy', asksPregnancy(patient) ? patient.pregnancy : 'no');
  put(facts, 'patient.indication', patient.indication);
  for (const [key, value] of Object.entries(c.condition ?? {})) put(facts, `condition.${key}`, value);
  for (const [key, value] of Object.entries(infections)) put(facts, `infections.${key}`, value);
  antibodyFacts(c, facts);
  for (const [key, value] of Object.entries(immunity)) put(facts, `immunity.${key}`, value);
  medicineFacts(c, facts, medicines);
  priorTherapyFacts(c, facts);
  put(facts, 'liver.altStatus', liver.altStatus);
  put(
    facts,
    'liver.altMultiple',
    liver.altStatus === 'normal' ? 1 : liver.altStatus === 'raised' ? liver.altMultiple : undefined
  );
  put(facts, 'liver.fibrosis', liver.fibrosis);
  put(facts, 'liver.hepatobiliaryDisease', liver.hepatobiliaryDisease);
  put(facts, 'liver.malignancy', liver.malignancy);
  for (const [key, value] of Object.entries(target)) put(facts, `target.${key}`, value);
  return facts;
}
