// A code printed twice in the same scope (block and budget unit) of a table: the table lists each
// 科目 once, so a second row with the same code is double counting or a misprinted code. Project
// rows share their 项 code by design and are left out.
import type { FindingDraft, Rule } from '../../rule.js';
import { codeIndex, rowLocation } from './codes.js';

export const duplicateCode: Rule = {
  id: 'classification:duplicate-code',
  category: 'classification',
  severity: 'warning',
  zh: '同一表同一范围（同一单位）内科目编码不重复',
  en: 'No classification code is printed twice in the same part of a table',
  basis: '表式：每个科目在同一表（同一预算单位）中只列一行',
  evaluate: (d, ctx) => {
    const out: FindingDraft[] = [];
    // Found in the walk over the coded rows that all classification rules share.
    for (const { table, row, code, first } of codeIndex(ctx, d).duplicates) {
      const line = first.at?.line;
      out.push({
        outcome: 'fail',
        location: rowLocation(table, row),
        actualText: code,
        ...(line ? { note: `同一范围内第 ${line} 行已列此编码` } : {}),
      });
    }
    return out;
  },
};
