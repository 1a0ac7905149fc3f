/**
 * The teaching pages load the wizard's and the summary's code as a whole. They use most of it (the engine, the
 * answers, the question fields), and a page that reached only part of it would make the bundler split the
 * summary's chunks around that part: more, smaller files on the way to the summary, which its byte budget
 * (150 KB gzip, tests/budget.spec.ts) cannot afford. Importing both whole keeps those chunks as they are.
 */
import SummaryPage from '../components/SummaryPage.svelte';
import WizardView from '../components/WizardView.svelte';

export const SUMMARY_PARTS = [SummaryPage, WizardView] as const;
