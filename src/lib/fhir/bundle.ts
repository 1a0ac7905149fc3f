/**
 * A FHIR R4 Bundle from a record as the answers it settles, and nothing it does not (docs/fhir.md). Absence is
 * never "no": only a deterministic rule over coded data answers a question; everything else stays unanswered,
 * and the report says what was found, what was used, and what still needs the clinician. A birth date becomes
 * the age and is not kept. Nothing is fetched: the Bundle is read where it was opened.
 */
import type {
  Bundle,
  CodeableConcept,
  Condition as FhirCondition,
  MedicationStatement,
  Observation,
  Patient
} from 'fhir/r4';
import type { Draft, MedicineEntry } from '../case/schema';
import { AGE_MONTHS_MAX, AGE_YEARS_MAX } from '../case/values';
import type { Medicine } from '../knowledge/schema';
import { PAGES } from '../wizard/questions';
import type { QuestionPage } from '../wizard/pages';
import { MEDICINE_SYSTEM } from './codes';
import { INDICATION_CODES, LAB_CODES, LOINC } from './terminology';

/** What the import did: answers with where they came from, what is left to the clinician, and what was refused. */
export type ImportReport = {
  /** "Question: answer (source)". */
  answered: string[];
  /** Found in the record, but the question still needs the clinician, and why. */
  needs: string[];
  /** Resources that contradict each other, or that cannot be read (named). */
  problems: string[];
  /** What is said of every other question, when the file leaves some. */
  rest?: string;
};
export type BundleRead = { ok: true; draft: Draft; report: ImportReport } | { ok: false; message: string };

const labelOf = (page: QuestionPage, id: string, value: string) => {
  const f = PAGES[page].fields.find((x) => x.id === id);
  return (f && 'options' in f ? f.options.find((o) => o.value === value)?.label : undefined) ?? value;
};

type Resource = { resourceType?: unknown; id?: unknown };
const nameOf = (r: Resource) => `${String(r.resourceType)}${typeof r.id === 'string' ? `/${r.id}` : ''}`;

const codings = (cc: CodeableConcept | undefined) => (Array.isArray(cc?.coding) ? cc.coding : []);
const hasCode = (cc: CodeableConcept | undefined, system: string, codes: readonly string[]) =>
  codings(cc).some((c) => c.system === system && typeof c.code === 'string' && codes.includes(c.code));
const conceptWord = (cc: CodeableConcept | undefined) =>
  cc?.text ?? codings(cc).find((c) => c.display)?.display ?? codings(cc)[0]?.code ?? 'no code';

/** Age from a birth date on `today`: months under 2 years, whole years to 89, then 90 or over (as the wizard asks). */
type Age =
  { ageUnit: 'months'; ageMonths: number } | { ageUnit: 'years'; ageYears: number } | { ageUnit: 'ninety_or_over' };
function ageOn(birth: Date, today: Date): Age | undefined {
  let months = (today.getUTCFullYear() - birth.getUTCFullYear()) * 12 + today.getUTCMonth() - birth.getUTCMonth();
  if (today.getUTCDate() < birth.getUTCDate()) months -= 1;
  if (months < 0) return undefined;
  if (months <= AGE_MONTHS_MAX) return { ageUnit: 'months', ageMonths: months };
  const years = Math.floor(months / 12);
  return years <= AGE_YEARS_MAX ? { ageUnit: 'years', ageYears: years } : { ageUnit: 'ninety_or_over' };
}

/** The earliest and latest dates a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD) may stand for. */
function dateRange(text: string): [Date, Date] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo === undefined) return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
  if (d === undefined) return [new Date(Date.UTC(y, mo, 1)), new Date(Date.UTC(y, mo + 1, 0))];
  const day = new Date(Date.UTC(y, mo, d));
  return day.getUTCMonth() === mo ? [day, day] : undefined;
}

const ageWords = (a: Age) =>
  a.ageUnit === 'months' ? `${a.ageMonths} months` : a.ageUnit === 'years' ? `${a.ageYears} years` : '90 or over';

/** Usable: not entered in error, cancelled or refuted; a Condition also not resolved, inactive or in remission. */
function usable(r: Resource & Record<string, unknown>): boolean {
  if (r.resourceType === 'Observation')
    return ['final', 'amended', 'corrected', 'preliminary'].includes(String(r.status));
  if (r.resourceType === 'Condition') {
    const c = r as unknown as FhirCondition;
    const clinical = codings(c.clinicalStatus).map((x) => x.code);
    const verification = codings(c.verificationStatus).map((x) => x.code);
    if (verification.some((v) => v === 'refuted' || v === 'entered-in-error')) return false;
    return clinical.length === 0 || clinical.some((s) => s === 'active' || s === 'recurrence' || s === 'relapse');
  }
  if (r.resourceType === 'MedicationStatement') return (r as unknown as MedicationStatement).status === 'active';
  return true;
}

const interpretation = (o: Observation) => o.interpretation?.flatMap((i) => codings(i).map((c) => c.code)) ?? [];
/** A presence test's result: positive, negative, or undefined when it cannot be read without guessing. */
function presence(o: Observation): 'positive' | 'negative' | undefined {
  const words = [
    ...interpretation(o),
    ...codings(o.valueCodeableConcept).map((c) => c.code),
    o.valueCodeableConcept?.text?.toLowerCase(),
    typeof o.valueString === 'string' ? o.valueString.toLowerCase() : undefined
  ];
  const pos = words.some((w) => w === 'POS' || w === 'positive' || w === 'detected' || w === '10828004');
  const neg = words.some((w) => w === 'NEG' || w === 'negative' || w === 'not detected' || w === '260385009');
  return pos === neg ? undefined : pos ? 'positive' : 'negative';
}

/**
 * Reads a Bundle's Patient, Condition, Observation and MedicationStatement entries. `today` dates the age.
 * `medicineList` is the interactions list (knowledge/medicines.ts), loaded by the caller only when needed.
 */
export function bundleToDraft(json: unknown, today: Date, medicineList: readonly Medicine[] = []): BundleRead {
  const bundle = json as Partial<Bundle>;
  if (bundle?.resourceType !== 'Bundle') return { ok: false, message: 'The file is not a FHIR Bundle.' };
  if (!Array.isArray(bundle.entry)) return { ok: false, message: 'The FHIR Bundle has no entries to read.' };
  const resources = bundle.entry
    .map((e) => e?.resource as (Resource & Record<string, unknown>) | undefined)
    .filter((r): r is Resource & Record<string, unknown> => typeof r === 'object' && r !== null);
  const report: ImportReport = {
    answered: [],
    needs: [],
    problems: [],
    rest: 'Every other question: the Bundle does not answer it.'
  };
  const of = <T>(type: string) => resources.filter((r) => r.resourceType === type && usable(r)) as unknown as T[];
  const patient: Record<string, unknown> = {};
  const draft: Draft = { schemaVersion: 3 };

  // The age, from the birth date; the date itself is not kept.
  const patients = of<Patient & Resource>('Patient');
  const births = [...new Set(patients.map((p) => p.birthDate).filter((b): b is string => typeof b === 'string'))];
  if (births.length > 1)
    report.problems.push(
      `The Patient resources give different birth dates (${patients.map(nameOf).join(', ')}): the age is left for you.`
    );
  else if (births.length === 1) {
    const range = dateRange(births[0]!);
    const [early, late] = range ? [ageOn(range[0], today), ageOn(range[1], today)] : [];
    if (!early || !late) report.problems.push('The Patient’s birth date cannot be read: the age is left for you.');
    else if (JSON.stringify(early) !== JSON.stringify(late))
      report.needs.push('Age: the birth date gives only the year or month, which leaves the age open; give it.');
    else {
      Object.assign(patient, early);
      report.answered.push(`Age: ${ageWords(early)} (from Patient.birthDate; the date is not kept)`);
    }
  }
  if (patients.some((p) => typeof p.gender === 'string'))
    report.needs.push('Sex: the record’s gender is administrative, not the sex a label uses; answer it if asked.');

  // The indication, from the coded Conditions.
  const conditions = of<FhirCondition & Resource>('Condition');
  const found = new Map<string, string[]>();
  for (const c of conditions)
    for (const known of INDICATION_CODES)
      if (hasCode(c.code, known.system, [known.code]))
        found.set(known.indication, [...(found.get(known.indication) ?? []), `${nameOf(c)} (${known.code})`]);
  if (found.size > 1)
    report.problems.push(
      `The Conditions name different conditions being treated: ${[...found.values()].flat().join('; ')}. The condition is left for you.`
    );
  else if (found.size === 1) {
    const [[indication, from]] = [...found.entries()] as [[string, string[]]];
    patient.indication = indication;
    report.answered.push(
      `Condition being treated: ${labelOf('patient', 'indication', indication)} (from ${from.join(', ')})`
    );
  }
  const uncoded = conditions.filter((c) => !INDICATION_CODES.some((k) => hasCode(c.code, k.system, [k.code])));
  if (uncoded.length && found.size === 0)
    report.needs.push(
      `Condition being treated: no Condition carries a code this version reads (${uncoded.map((c) => conceptWord(c.code)).join('; ')}).`
    );
  if (Object.keys(patient).length) draft.patient = patient as Draft['patient'];

  // Laboratory results.
  const observations = of<Observation & Resource>('Observation');
  const labs = (codes: readonly string[]) => observations.filter((o) => hasCode(o.code, LOINC, codes));
  const infections: Record<string, string> = {};
  const settle = (
    field: 'hiv' | 'hbv' | 'hcv',
    name: string,
    results: (Observation & Resource)[],
    map: (p: 'positive' | 'negative') => string | undefined,
    why: string
  ) => {
    const read = results.map((o) => ({ o, p: presence(o) }));
    const values = new Set(read.map((r) => r.p).filter((p) => p !== undefined));
    if (values.size > 1) {
      report.problems.push(
        `${name}: the results disagree (${read.map((r) => `${nameOf(r.o)} ${r.p ?? 'unreadable'}`).join(', ')}); left for you.`
      );
      return;
    }
    const [p] = [...values];
    if (!p) {
      if (results.length)
        report.needs.push(
          `${name}: the result of ${results.map(nameOf).join(', ')} cannot be read as positive or negative.`
        );
      return;
    }
    const value = map(p);
    if (value) {
      infections[field] = value;
      report.answered.push(
        `${name}: ${labelOf('infections', field, value)} (from ${results.map(nameOf).join(', ')}, ${p})`
      );
    } else report.needs.push(`${name}: ${p} on ${results.map(nameOf).join(', ')}; ${why}`);
  };
  settle(
    'hiv',
    'HIV status',
    labs(LAB_CODES.hivScreen),
    (p) => (p === 'negative' ? 'negative' : undefined),
    'whether it is controlled on treatment is for you to say.'
  );
  settle(
    'hbv',
    'Hepatitis B',
    labs(LAB_CODES.hbsAg),
    (p) => (p === 'positive' ? 'active' : undefined),
    'a negative surface antigen does not tell a past infection from none.'
  );
  settle(
    'hcv',
    'Hepatitis C',
    labs(LAB_CODES.antiHcv),
    (p) => (p === 'negative' ? 'none' : undefined),
    'antibodies do not tell a past infection from an active one.'
  );
  if (Object.keys(infections).length) draft.infections = infections as Draft['infections'];

  const alt = readAlt(labs(LAB_CODES.alt), report);
  if (alt) draft.liver = alt as Draft['liver'];

  const meds = readMedicines(of<MedicationStatement & Resource>('MedicationStatement'), medicineList, report);
  if (meds) draft.medicines = meds as Draft['medicines'];

  if (report.answered.length === 0) report.needs.push('Nothing in the Bundle answers a question without guessing.');
  return { ok: true, draft, report };
}

/** ALT: raised above the upper limit of normal by the flag or the reference range, with the multiple when both are numbers. */
function readAlt(results: (Observation & Resource)[], report: ImportReport): Record<string, unknown> | undefined {
  const read: { name: string; status?: 'normal' | 'raised'; multiple?: number }[] = [];
  for (const o of results) {
    const value = o.valueQuantity?.value as unknown;
    if (typeof value === 'string') {
      report.problems.push(
        `${nameOf(o)} (ALT): valueQuantity.value is the text "${value}", not a number as FHIR requires; it is not used (LHC-Forms 40.1.3 writes extracted numbers this way).`
      );
      continue;
    }
    const high = o.referenceRange?.find((r) => typeof r.high?.value === 'number')?.high;
    const flags = interpretation(o);
    const sameUnit = high && (high.unit ?? high.code) === (o.valueQuantity?.unit ?? o.valueQuantity?.code);
    const numeric = typeof value === 'number' && high?.value && sameUnit ? value / high.value : undefined;
    const raised = flags.some((f) => f === 'H' || f === 'HH') || (numeric !== undefined && numeric > 1);
    const normal =
      flags.includes('N') || (numeric !== undefined && numeric <= 1 && !flags.some((f) => f === 'L' || f === 'LL'));
    if (raised === normal) {
      report.needs.push(`ALT or AST: ${nameOf(o)} has no reference range or flag to compare with; give the result.`);
      continue;
    }
    read.push({
      name: nameOf(o),
      status: raised ? 'raised' : 'normal',
      ...(raised && numeric ? { multiple: numeric } : {})
    });
  }
  const statuses = new Set(read.map((r) => r.status));
  if (statuses.size > 1) {
    report.problems.push(
      `ALT or AST: the results disagree (${read.map((r) => `${r.name} ${r.status}`).join(', ')}); left for you.`
    );
    return undefined;
  }
  if (read.length === 0) return undefined;
  const status = read[0]!.status!;
  const multiples = read.map((r) => r.multiple).filter((m): m is number => m !== undefined);
  const multiple =
    status === 'raised' && multiples.length === read.length
      ? Math.round(Math.max(...multiples) * 100) / 100
      : undefined;
  report.answered.push(
    `ALT or AST: ${status === 'raised' ? 'above the upper limit of normal' : 'within the normal range'}${multiple ? `, ${multiple} × ULN` : ''} (from ${read.map((r) => r.name).join(', ')})`
  );
  if (status === 'raised' && multiple === undefined)
    report.needs.push('ALT or AST: give the highest result as a multiple of the upper limit of normal.');
  return { altStatus: status, ...(multiple !== undefined ? { altMultiple: multiple } : {}) };
}

/** Current medicines: an active MedicationStatement coded with the list's own code or named exactly as the list names it. */
function readMedicines(
  statements: (MedicationStatement & Resource)[],
  list: readonly Medicine[],
  report: ImportReport
): Record<string, unknown> | undefined {
  if (statements.length === 0) return undefined;
  const byName = new Map<string, Medicine>();
  for (const m of list)
    for (const n of [m.name, ...m.brands, ...(m.aliases ?? [])]) byName.set(n.trim().toLowerCase(), m);
  const entries: MedicineEntry[] = [];
  const unmatched: string[] = [];
  for (const s of statements) {
    const cc = s.medicationCodeableConcept;
    const coded = codings(cc).find((c) => c.system === MEDICINE_SYSTEM)?.code;
    const words = [cc?.text, ...codings(cc).map((c) => c.display)].filter((w): w is string => typeof w === 'string');
    const m = list.find((x) => x.id === coded) ?? words.map((w) => byName.get(w.trim().toLowerCase())).find(Boolean);
    if (m && !entries.some((e) => 'id' in e && e.id === m.id)) entries.push({ id: m.id, classes: [...m.classes] });
    else if (!m) unmatched.push(`${nameOf(s)} (${conceptWord(cc)})`);
  }
  if (unmatched.length)
    report.needs.push(
      `Medicines: ${unmatched.join('; ')} not matched to the list by code or exact name; add each one by hand.`
    );
  if (entries.length === 0) return undefined;
  const names = entries.map((e) => list.find((m) => 'id' in e && m.id === e.id)?.name);
  report.answered.push(`Current medicines: ${names.join(', ')} (from MedicationStatement)`);
  if (entries.some((e) => 'classes' in e && e.classes.includes('corticosteroids')))
    report.needs.push('Corticosteroid dose: the record does not say; give it.');
  return { answer: 'some', current: entries };
}
