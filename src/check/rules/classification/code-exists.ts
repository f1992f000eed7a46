// Does each printed code exist in the catalog? Only the catalog's own edition can say "no": for
// another year a code missing from it may be one that edition did not have (seed 004, 2021: 234
// 抗疫特别国债还本支出), so there the outcome is insufficient_data. Codes the catalog knows but
// that were retired by the document's year are left to classification:retired-code.
import type { CodeSystem } from '../../../model/catalog/index.js';
import type { FindingDraft, Rule } from '../../rule.js';
import {
  SYSTEM_NAMES,
  codeIndex,
  editionOf,
  passAt,
  rowLocation,
  tablesPrinting,
} from './codes.js';

type RuleRow = Omit<Rule, 'evaluate' | 'category' | 'severity'>;

export function codeExistsRule(row: RuleRow, systems: readonly CodeSystem[]): Rule {
  return {
    ...row,
    category: 'classification',
    severity: 'warning',
    evaluate: (d, ctx) => {
      const year = d.identity.year ?? undefined;
      const out: FindingDraft[] = [];
      const { distinct } = codeIndex(ctx, d);
      for (const system of systems) {
        const edition = editionOf(system);
        for (const use of distinct[system]) {
          const { code, facts } = use;
          if (facts.levelOk && facts.entry) {
            // Known but not in force in the document's year: the retired-code rule says so.
            if (facts.inYear) out.push(passAt(ctx, use.table, use.row));
            continue;
          }
          const tables = `见于 ${tablesPrinting(d, use).join('、')}`;
          const location = rowLocation(use.table, use.row);
          if (!facts.levelOk) {
            const note = `${SYSTEM_NAMES[system]}没有这一级次；${tables}`;
            out.push({ outcome: 'fail', location, actualText: code, note });
            continue;
          }
          const certain = year === edition;
          out.push({
            outcome: certain ? 'fail' : 'insufficient_data',
            location,
            actualText: code,
            note: certain
              ? `${SYSTEM_NAMES[system]}（${edition}年版）无此科目；${tables}`
              : `目录只收 ${edition}年版及已知的停用科目，无法确认 ${year ?? '未知年度'}年版是否有此科目；${tables}`,
          });
        }
      }
      return out;
    },
  };
}
