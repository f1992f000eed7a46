// The frame of a composed table: kind, number, title, unit, department and columns, all from the
// profile and the table spec (columns are never written here a second time).
import type { ProfileTable } from '../../model/profiles/index.js';
import { flattenColumns, layoutOf, specOf, type TableLayout } from '../../model/specs/index.js';
import type { Table, TableColumn, TableRow } from '../../model/table.js';
import type { ComposeContext } from '../lines.js';

export function layoutFor(pt: ProfileTable): TableLayout {
  return layoutOf(specOf(pt.kind), pt.layout);
}

export function columnsOf(layout: TableLayout): TableColumn[] {
  const twoSided = layout.blocks.length > 1;
  return layout.blocks.flatMap((b) =>
    flattenColumns(b.columns).map((c) => ({
      id: c.id,
      label: c.label,
      ...(twoSided && b.id !== 'main' ? { block: b.id as 'income' | 'expenditure' } : {}),
    })),
  );
}

export function frame(ctx: ComposeContext, pt: ProfileTable, rows: TableRow[]): Table {
  return {
    kind: pt.kind,
    number: pt.number,
    title: pt.title,
    unit: pt.unit ?? ctx.unit,
    department: ctx.department,
    columns: columnsOf(layoutFor(pt)),
    rows,
  };
}

/** How a profile prints its coded tables (seed 000: 总计 first; seed 004: per unit, 合计 last). */
export interface TableStyle {
  readonly totalFirst: boolean;
  readonly totalName: string;
  readonly unitRows: boolean;
  /** The 支出 side of two-sided tables lists only the 类 with money (上海), not every 类. */
  readonly classesWithMoneyOnly: boolean;
}

export function styleOf(profileId: string): TableStyle {
  if (profileId === 'xinjiang-2021')
    return { totalFirst: false, totalName: '合计', unitRows: true, classesWithMoneyOnly: false };
  if (profileId.startsWith('shanghai'))
    return { totalFirst: false, totalName: '合计', unitRows: false, classesWithMoneyOnly: true };
  return { totalFirst: true, totalName: '总计', unitRows: false, classesWithMoneyOnly: false };
}
