/**
 * Whose labels apply: the US FDA's (the default) or the EU EMA's. The case records the choice (schema 3);
 * a criterion, regimen item or plan item that one label states and the other does not names its jurisdiction.
 */
export const JURISDICTIONS = ['US', 'EU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const DEFAULT_JURISDICTION: Jurisdiction = 'US';
export const JURISDICTION_NAMES: Record<Jurisdiction, string> = {
  US: 'United States (FDA labels)',
  EU: 'European Union (EMA product information)'
};
