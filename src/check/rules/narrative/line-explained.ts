// Every 项 of 一般公共预算支出情况表 is explained in the 具体使用情况 (its amount, change and
// reason). Applies when the 情况说明 explains lines at all (a 具体使用情况 section or any 项
// statement). A 项 whose name the section prints but whose statement was not read is not
// evaluable rather than missing.
import { normalizeNameKey } from '../../../model/catalog/name-key.js';
import type { NarrativeSection } from '../../../model/narrative.js';
import { nameKeys } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { describeRow, rowKey } from '../row-key.js';
import { functionRow } from './support/targets.js';
import { sectionLabel } from './support/where.js';

const SCOPE = 'general-budget';
const DETAIL_TITLE = /具体使用情况/;

export const lineExplained: Rule = {
  id: 'narrative:line-explained',
  category: 'narrative',
  severity: 'error',
  zh: '一般公共预算支出情况表中的每一项（功能分类项级科目）在“具体使用情况”中均有说明',
  en: 'Every line (项) of the general public budget expenditure table is explained in the detailed use section',
  basis: '一般公共预算当年拨款具体使用情况按功能分类项级科目逐项说明（公开表式要求）',
  evaluate: (d, ctx): FindingDraft[] => {
    const table = ctx.table('general-budget');
    if (!table) return [];
    const detail: NarrativeSection | undefined = d.narrative.sections.find((s) =>
      DETAIL_TITLE.test(s.title),
    );
    const explained = new Set<string>();
    let anyLine = false;
    for (const f of d.narrative.facts) {
      if (f.subject.kind !== 'function' || f.subject.level !== '项' || f.scope !== SCOPE) continue;
      anyLine = true;
      const row = functionRow(ctx, 'general-budget', f.subject).found;
      if (row?.code) explained.add(row.code);
    }
    if (!anyLine && !detail) return [];
    const text = detail ? normalizeNameKey(detail.text) : '';
    const section = detail
      ? {
          section: sectionLabel({
            section: detail.number,
            ...(detail.parent ? { parent: detail.parent } : {}),
          }),
        }
      : {};
    return table.rows.flatMap((r): FindingDraft[] => {
      if (r.kind !== 'code' || r.code?.length !== 7) return [];
      const cell = ctx.cell(r, 'total');
      if (cell.known && cell.cents === 0) return [];
      const location = {
        table: table.kind,
        ...(table.number ? { tableNumber: table.number } : {}),
        row: rowKey(r),
        rowName: describeRow(r),
        ...section,
        ...(r.at?.line ? { line: r.at.line } : {}),
        ...(r.at?.page ? { page: r.at.page } : {}),
      };
      if (explained.has(r.code)) return [{ outcome: 'pass', location }];
      const printed = text !== '' && nameKeys(r.name).some((k) => text.includes(k));
      if (printed || !cell.known) return [{ outcome: 'insufficient_data', location }];
      return [{ outcome: 'fail', location }];
    });
  },
};
