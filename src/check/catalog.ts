// The rule catalog: rules derived from the table specs, then the declared rules. `yusuan rules`
// and docs/rules.md are generated from this list.
import type { Rule } from './rule.js';
import { columnSumRules } from './rules/derived/column-sums.js';
import { crossTableRules } from './rules/derived/cross-table.js';
import { rowSumRules } from './rules/derived/row-sums.js';
import { NARRATIVE_RULES } from './rules/narrative/index.js';
import { LEDGER_CLASSIFICATION_PAIR_RULES } from './rules/completeness/declared.js';
import { performanceFundsAddUp } from './rules/performance/funds-add-up.js';

let catalog: readonly Rule[] | undefined;

export function ruleCatalog(): readonly Rule[] {
  catalog ??= [
    ...columnSumRules(),
    ...rowSumRules(),
    ...crossTableRules(),
    ...NARRATIVE_RULES,
    ...LEDGER_CLASSIFICATION_PAIR_RULES,
    performanceFundsAddUp,
  ];
  return catalog;
}
