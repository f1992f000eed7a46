// The 功能分类 codes of a budget's table belong to that budget: 一般公共预算支出表 and its 项目支出表
// list 一般公共预算 科目, 政府性基金预算支出表 基金 科目, 国有资本经营预算支出表 国有资本经营 科目.
import type { BudgetScope } from '../../../model/catalog/index.js';
import type { TableKind } from '../../../model/table.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { CONFIRMED, codeIndex, passAt, rowLocation } from './codes.js';

const SCOPE_OF: Partial<Record<TableKind, BudgetScope>> = {
  'general-budget': '一般公共预算',
  'general-budget-project': '一般公共预算',
  'fund-budget': '政府性基金预算',
  'capital-budget': '国有资本经营预算',
};

export const budgetScope: Rule = {
  id: 'classification:budget-scope',
  category: 'classification',
  severity: 'warning',
  zh: '各预算支出表只列本预算的功能分类科目（一般公共预算、政府性基金预算、国有资本经营预算）',
  en: "Each budget's expenditure table lists only functional codes of that budget",
  basis:
    '《政府收支分类科目》：支出功能分类科目分别适用于一般公共预算、政府性基金预算、国有资本经营预算',
  evaluate: (d, ctx) => {
    const out: FindingDraft[] = [];
    // Each code's first row per table kind, found in the walk the classification rules share.
    for (const { table, row, entry } of codeIndex(ctx, d).budgetUses) {
      const scope = SCOPE_OF[table.kind]!;
      const scopes = entry.scopes!;
      if (scopes.includes(scope)) {
        out.push(passAt(ctx, table, row));
        continue;
      }
      const location = rowLocation(table, row);
      const sure = CONFIRMED.has(entry.confidence);
      out.push({
        outcome: sure ? 'fail' : 'insufficient_data',
        location,
        expectedText: scope,
        actualText: scopes.join('、'),
        ...(sure ? {} : { note: `目录中该科目未经核实（${entry.confidence}）` }),
      });
    }
    return out;
  },
};
