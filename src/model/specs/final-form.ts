// A printed form of an existing table kind added from another file: the 决算 templates print the
// same tables as the budgets (same kinds, so summary, checks and cross-table identities carry
// over) under other titles and with other columns. index.ts merges each form into its kind's spec.
import type { TableKind } from '../table.js';
import type { TableLayout, TableSpec } from './types.js';

export interface SpecForm {
  readonly kind: TableKind;
  /** More printed titles of the kind (whitespace removed). */
  readonly titles: readonly string[];
  readonly layouts: readonly TableLayout[];
}

/** The spec with the forms of its kind appended: titles not yet listed, then layouts. */
export function withForms(spec: TableSpec, forms: readonly SpecForm[]): TableSpec {
  const mine = forms.filter((f) => f.kind === spec.kind);
  if (mine.length === 0) return spec;
  const titles = [...spec.titles];
  for (const t of mine.flatMap((f) => f.titles)) if (!titles.includes(t)) titles.push(t);
  return { ...spec, titles, layouts: [...spec.layouts, ...mine.flatMap((f) => f.layouts)] };
}
