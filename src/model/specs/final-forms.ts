// The national 部门决算 template's forms of the table kinds, in its order (表一–表九).
import { finalExpenditure } from './final-expenditure.js';
import { finalFiscalRevenueExpenditure } from './final-fiscal-revenue-expenditure.js';
import type { SpecForm } from './final-form.js';
import { finalCapitalBudget, finalFundBudget } from './final-fund-capital.js';
import { finalGeneralBudgetBasic } from './final-general-budget-basic.js';
import { finalRevenueExpenditure } from './final-revenue-expenditure.js';
import { finalRevenue } from './final-revenue.js';
import { finalThreePublic } from './final-three-public.js';

export const FINAL_FORMS: readonly SpecForm[] = [
  finalRevenueExpenditure,
  finalRevenue,
  finalExpenditure,
  finalFiscalRevenueExpenditure,
  finalGeneralBudgetBasic,
  finalThreePublic,
  finalFundBudget,
  finalCapitalBudget,
];
