// 绩效目标表 (部门整体 / 项目支出): header fields, funds, goal and indicators. Each table is read
// on its own (table.ts), then the label convention is chosen across the document (spans.ts) and
// the rows become Indicators (build.ts).
import type { ParseWarning } from '../../model/parse-warning.js';
import type { PerformanceTarget } from '../../model/performance.js';
import type { LayoutLine } from '../../model/layout.js';
import { buildIndicators } from './build.js';
import { HeaderMemo, type ColumnId } from './columns.js';
import { chooseAssignments, type Assignment, type LevelEvent } from './spans.js';
import { optionalAt, readTable, TABLE, type TableDraft } from './table.js';

export { parseIndicatorValue } from './value.js';

export interface PerformanceResult {
  targets: PerformanceTarget[];
  warnings: ParseWarning[];
}

/** Parse each 绩效目标表 (from segment(lines).performance). Never throws. */
export function parsePerformanceTables(
  tables: readonly (readonly LayoutLine[])[],
): PerformanceResult {
  const warnings: ParseWarning[] = [];
  const drafts: TableDraft[] = [];
  let columns: readonly ColumnId[] | undefined;
  // The tables of a document mostly print one column header: read it once.
  const headers = new HeaderMemo();
  for (const lines of tables) {
    if (lines.length === 0) continue;
    const draft = readTable(lines, columns, warnings, headers);
    columns = draft.columns;
    drafts.push(draft);
  }
  const eventsOf = drafts.map((d) => decideUnknown(d, warnings));
  // Each table's assignment comes with the convention, computed once while choosing it.
  const { assignments } = chooseAssignments(
    drafts.map((d, i) => ({
      events: eventsOf[i] as LevelEvent[],
      rows: d.rows.length,
      ...(d.tops ? { tops: d.tops } : {}),
    })),
  );
  const targets = drafts.map((draft, i) => {
    const events = eventsOf[i] as LevelEvent[];
    const assignment = assignments[i] as Assignment;
    // The header becomes the target (its fields first), not copied: nothing reads it after.
    const target: PerformanceTarget = Object.assign(draft.header, {
      indicators: buildIndicators(draft, events, assignment, warnings),
    });
    if (draft.at) target.at = draft.at;
    return target;
  });
  return { targets, warnings };
}

/**
 * An unknown merged label alone in its run (no 二级 printed with it) takes the level the table
 * lacks: 一级 when the table prints only 二级 labels, 二级 when only 一级. Otherwise it is text
 * we cannot place, and so are stray pieces that read as no label.
 */
function decideUnknown(draft: TableDraft, warnings: ParseWarning[]): LevelEvent[] {
  const { events, undecided, unplaced } = draft.labels;
  const out: LevelEvent[] = [...events];
  const has = (level: 1 | 2) => events.some((e) => e.level === level);
  for (const u of undecided) {
    const level = !has(1) && has(2) ? 1 : has(1) && !has(2) ? 2 : undefined;
    if (level) out.push({ name: u.name, level, row: u.row });
    else
      warnings.push({
        code: 'indicator-unparsed',
        message: `${draft.where}: "${u.name}" reads as a merged 一级/二级 label, but its level cannot be told`,
        table: TABLE,
        ...optionalAt(u.line),
      });
  }
  for (const u of unplaced)
    warnings.push({
      code: 'text-unplaced',
      message: `${draft.where}: "${u.text}" between indicator rows belongs to no cell`,
      table: TABLE,
      ...optionalAt(u.line),
    });
  // Events must stay in printed order for the span assignment.
  return out.sort((a, b) => a.row - b.row);
}
