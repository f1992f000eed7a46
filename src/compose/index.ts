// compose: line items in, a complete Disclosure out (the inverse of parse). The stage's front door.
export { compose, type ComposeOptions, type ComposeResult } from './compose.js';
export {
  readBudgetInput,
  readBudgetInputWithIssues,
  budgetInputFromWorkbook,
  BudgetInputError,
} from './input/read.js';
export { checkItems, type InputIssue } from './input/check-codes.js';
export {
  BudgetInputSchema,
  type BudgetInput,
  type BudgetInputDraft,
  type LineItem,
} from './input/schema.js';
export { SOURCES, EXPENSE_TYPES, type FundSource, type ExpenseType } from './input/sources.js';
export { writeTemplate, SHEETS } from './input/workbook-template.js';
export type { ComposeWarning, ComposeWarningCode } from './warnings.js';
