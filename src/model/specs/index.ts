import { capitalBudget } from './capital-budget.js';
import { carryover } from './carryover.js';
import { expenditure } from './expenditure.js';
import { fiscalRevenueExpenditure } from './fiscal-revenue-expenditure.js';
import { fundBudget } from './fund-budget.js';
import { generalBudgetBasic } from './general-budget-basic.js';
import { generalBudgetProject } from './general-budget-project.js';
import { generalBudget } from './general-budget.js';
import { revenueExpenditure } from './revenue-expenditure.js';
import { revenue } from './revenue.js';
import { threePublic } from './three-public.js';
import { FINAL_FORMS } from './final-forms.js';
import { withForms } from './final-form.js';
import type { TableKind } from '../table.js';
import type { TableSpec } from './types.js';

/** Every table spec, in the order of the national template, with its 决算 forms. */
export const TABLE_SPECS: readonly TableSpec[] = [
  revenueExpenditure,
  revenue,
  expenditure,
  fiscalRevenueExpenditure,
  generalBudget,
  generalBudgetBasic,
  generalBudgetProject,
  fundBudget,
  capitalBudget,
  threePublic,
  carryover,
].map((spec) => withForms(spec, FINAL_FORMS));

const BY_KIND = new Map(TABLE_SPECS.map((s) => [s.kind, s]));

export function specOf(kind: TableKind): TableSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) throw new Error(`no table spec for ${kind}`);
  return spec;
}

export { CROSS_TABLE_IDENTITIES } from './cross-table.js';
export { COLUMNS, col, colAs } from './columns.js';
export { flattenColumns, columnSums, layoutOf } from './layout-tools.js';
export {
  codedRowSums,
  expenditureClassSum,
  itemRowSums,
  type RowShape,
  type RowSum,
  type RowSumKind,
} from './row-tree.js';
export { FINAL_COLUMNS, fcol } from './final-columns.js';
export type { SpecForm } from './final-form.js';
export type {
  BlockLayout,
  CellRef,
  ColumnNode,
  CrossTableIdentity,
  ItemDef,
  RowKey,
  TableLayout,
  TableSpec,
} from './types.js';
