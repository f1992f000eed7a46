// The rules about the 情况说明: its figures against the tables and against themselves
// (narrative), and its wording (presentation).
import type { Rule } from '../../rule.js';
import { PRESENTATION_RULES } from '../presentation/index.js';
import { carryoverAmount } from './carryover-amount.js';
import { changeExceedsAmount } from './change-exceeds-amount.js';
import { changePartsSum } from './change-parts-sum.js';
import { changePercentMatches } from './change-percent-matches.js';
import { changePercentZeroBase } from './change-percent-zero-base.js';
import { changeWordsAgree } from './change-words-agree.js';
import { classListed } from './class-listed.js';
import { economicGroupAmount } from './economic-group-amount.js';
import { executionChangePercent, executionRestated } from './execution-change.js';
import { expenditureTypeAmount } from './expenditure-type-amount.js';
import { fiscalTotalAmount } from './fiscal-total-amount.js';
import { functionClassAmount } from './function-class-amount.js';
import { functionLineAmount } from './function-line-amount.js';
import { functionNamesMatchTable } from './function-names-match-table.js';
import { generalBudgetTotalAmount } from './general-budget-total-amount.js';
import { largeChangeReason } from './large-change-reason.js';
import { lineChangesSum } from './line-changes-sum.js';
import { lineExplained } from './line-explained.js';
import { notArrangedBlank } from './not-arranged-blank.js';
import { operatingCostsPublicUse } from './operating-costs-public-use.js';
import { partsSumToTotal } from './parts-sum-to-total.js';
import { restatementsAgree } from './restatements-agree.js';
import { revenueSourceAmount } from './revenue-source-amount.js';
import { shareMatchesAmount } from './share-matches-amount.js';
import { sharesAddTo100 } from './shares-add-to-100.js';
import { threePublicAmount } from './three-public-amount.js';
import { totalAmount } from './total-amount.js';

/** Narrative figures against the tables. */
const AGAINST_TABLES: readonly Rule[] = [
  totalAmount,
  fiscalTotalAmount,
  generalBudgetTotalAmount,
  revenueSourceAmount,
  notArrangedBlank,
  expenditureTypeAmount,
  functionClassAmount,
  functionLineAmount,
  functionNamesMatchTable,
  economicGroupAmount,
  threePublicAmount,
  carryoverAmount,
  operatingCostsPublicUse,
  lineExplained,
  classListed,
];

/** Narrative figures against each other. */
const INTERNAL: readonly Rule[] = [
  shareMatchesAmount,
  sharesAddTo100,
  partsSumToTotal,
  restatementsAgree,
  changePercentMatches,
  changePercentZeroBase,
  changeExceedsAmount,
  changeWordsAgree,
  changePartsSum,
  lineChangesSum,
  largeChangeReason,
  executionRestated,
  executionChangePercent,
];

export const NARRATIVE_RULES: readonly Rule[] = [
  ...AGAINST_TABLES,
  ...INTERNAL,
  ...PRESENTATION_RULES,
];
