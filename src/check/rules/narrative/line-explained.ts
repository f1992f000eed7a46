// Every 项 of 一般公共预算支出情况表 is explained in the 具体使用情况 (its amount, change and
// reason). Applies when the 情况说明 explains lines at all (a 具体使用情况 section or any 项
// statement). A 项 whose name the section prints but whose statement was not read is not
// evaluable rather than missing.
import { normalizeNameKey } from '../../../model/catalog/name-key.js';
import type { NarrativeSection } from '../../../model/narrative.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { describeRow, rowKey } from '../row-key.js';
import { GridColumn } from '../../grid-column.js';
import { functionRow } from './support/targets.js';
import { sectionLabel } from './support/where.js';

const SCOPE = 'general-budget';
const DETAIL_TITLE = '具体使用情况';

/**
 * Whether `text` holds `name` as printed, where that alone says the text's key holds the name's
 * key (so the key of the whole text need not be made): a name of ideographs, digits and round
 * brackets keys to itself with ASCII brackets, and none of its letters is changed or combined
 * with a neighbour by the text's NFKC folding.
 */
function printsAsIs(text: string, name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const plain =
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x28 ||
      c === 0x29 ||
      c === 0xff08 ||
      c === 0xff09;
    if (!plain) return false;
  }
  return text.includes(name);
}

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
      s.title.includes(DETAIL_TITLE),
    );
    const explained = new Set<string>();
    let anyLine = false;
    for (const f of ctx.factsOf('function')) {
      if (f.subject.kind !== 'function' || f.subject.level !== '项' || f.scope !== SCOPE) continue;
      anyLine = true;
      const row = functionRow(ctx, 'general-budget', f.subject).found;
      if (row?.code) explained.add(row.code);
    }
    if (!anyLine && !detail) return [];
    // The section's key is made only when a line's statement is missing (rarely).
    let text: string | undefined;
    const section = detail
      ? {
          section: sectionLabel({
            section: detail.number,
            ...(detail.parent ? { parent: detail.parent } : {}),
          }),
        }
      : {};
    const out: FindingDraft[] = [];
    const column = new GridColumn(ctx, table, 'total');
    for (let k = 0; k < column.shapes.length; k++) {
      const shape = column.shapes[k]!;
      if (shape.kind !== 'code' || shape.code?.length !== 7) continue;
      const cents = column.cents(k);
      if (cents === 0) continue;
      const explainedHere = explained.has(shape.code);
      if (explainedHere && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const r = table.rows[k]!;
      const location = {
        table: table.kind,
        ...(table.number ? { tableNumber: table.number } : {}),
        row: rowKey(r),
        rowName: describeRow(r),
        ...section,
        ...(r.at?.line ? { line: r.at.line } : {}),
        ...(r.at?.page ? { page: r.at.page } : {}),
      };
      if (explainedHere) {
        out.push({ outcome: 'pass', location });
        continue;
      }
      let printed: boolean;
      if (detail && printsAsIs(detail.text, r.name)) printed = true;
      else {
        text ??= detail ? normalizeNameKey(detail.text) : '';
        const body = text;
        printed = body !== '' && ctx.nameKeys(r.name).some((k) => body.includes(k));
      }
      const known = !Number.isNaN(cents);
      out.push({ outcome: printed || !known ? 'insufficient_data' : 'fail', location });
    }
    return out;
  },
};
