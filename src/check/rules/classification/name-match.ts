// Printed 科目 names against the catalog's name for the code in the document's year. A name the code
// had in another edition (210 医疗卫生与计划生育支出, renamed 卫生健康支出 in 2019) is accepted and
// noted by the *-former-name rules; a different name is a warning, and insufficient_data when the
// catalog's own name for the code is not confirmed (docs/catalog.md).
import type { CodeSystem } from '../../../model/catalog/index.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { CONFIRMED, codeIndex, passAt, rowLocation } from './codes.js';

const ELLIPSIS = /…|\.{3}/;

type RuleRow = Omit<Rule, 'evaluate' | 'category' | 'severity'>;

/** `current`: the name in force (warning); `former`: an older or newer edition's name (info). */
export function nameRule(
  row: RuleRow,
  systems: readonly CodeSystem[],
  which: 'current' | 'former',
): Rule {
  return {
    ...row,
    category: 'classification',
    severity: which === 'current' ? 'warning' : 'info',
    evaluate: (d, ctx) => {
      const out: FindingDraft[] = [];
      for (const { table, row: r, system, name, match: m } of codeIndex(ctx, d).named) {
        if (!systems.includes(system)) continue;
        if (which === 'current' && (m.kind === 'exact' || m.kind === 'tolerant')) {
          out.push(passAt(ctx, table, r));
          continue;
        }
        if (which === 'former' ? m.kind !== 'former' : m.kind !== 'mismatch') continue;
        const location = rowLocation(table, r);
        // A template's placeholder rows (… …) run into the names around them: no name to judge.
        if (which === 'current' && ELLIPSIS.test(name)) {
          out.push({
            outcome: 'insufficient_data',
            location,
            actualText: name,
            note: '名称含省略号（模板占位行）',
          });
          continue;
        }
        const texts = { ...(m.expected ? { expectedText: m.expected } : {}), actualText: name };
        if (which === 'former') {
          out.push({ outcome: 'fail', location, ...texts, note: '其他年版的科目名称' });
          continue;
        }
        const sure = m.entry !== undefined && CONFIRMED.has(m.entry.confidence);
        out.push({
          outcome: sure ? 'fail' : 'insufficient_data',
          location,
          ...texts,
          ...(sure ? {} : { note: `目录中该科目名称未经核实（${m.entry?.confidence ?? '未知'}）` }),
        });
      }
      return out;
    },
  };
}
