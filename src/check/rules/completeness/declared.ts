// The completeness, classification and cross-table pair rules, in catalog order: one entry for
// catalog.ts, which other families append to as well.
import type { Rule } from '../../rule.js';
import { classificationRules } from '../classification/index.js';
import { pairRules } from '../pairs/index.js';
import { completenessRules } from './index.js';

export const LEDGER_CLASSIFICATION_PAIR_RULES: readonly Rule[] = [
  ...completenessRules,
  ...classificationRules,
  ...pairRules,
];
