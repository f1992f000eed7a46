// The 功能分类 codes of a budget's table belong to that budget: 一般公共预算支出表 and its 项目支出表
// list 一般公共预算 科目, 政府性基金预算支出表 基金 科目, 国有资本经营预算支出表 国有资本经营 科目.
import type { BudgetScope } from '../../../model/catalog/index.js';
import type { TableKind } from '../../../model/table.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { CONFIRMED, codeFactsFor, passAt, rowLocation } from './codes.js';

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
    const year = d.identity.year ?? undefined;
    const out: FindingDraft[] = [];
    const factsOf = codeFactsFor('function', year);
    // Codes seen per table kind (two tables of a kind count as one).
    const seenByKind = new Map<TableKind, Set<string>>();
    for (const table of d.tables) {
      const scope = SCOPE_OF[table.kind];
      if (!scope) continue;
      let seen = seenByKind.get(table.kind);
      if (!seen) seenByKind.set(table.kind, (seen = new Set()));
      // The rows' fields from the context's row shapes (one object shape, where rows have many).
      const shapes = ctx.grid(table).shapes;
      for (let k = 0; k < shapes.length; k++) {
        const { code, block } = shapes[k]!;
        if (code === undefined || block === 'income' || seen.has(code)) continue;
        seen.add(code);
        const row = table.rows[k]!;
        const entry = factsOf(code).inYear;
        if (!entry?.scopes) continue;
        if (entry.scopes.includes(scope)) {
          out.push(passAt(ctx, table, row));
          continue;
        }
        const location = rowLocation(table, row);
        const sure = CONFIRMED.has(entry.confidence);
        out.push({
          outcome: sure ? 'fail' : 'insufficient_data',
          location,
          expectedText: scope,
          actualText: entry.scopes.join('、'),
          ...(sure ? {} : { note: `目录中该科目未经核实（${entry.confidence}）` }),
        });
      }
    }
    return out;
  },
};
