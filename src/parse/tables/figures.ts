// A document whose tables print no number at all is a template, not a disclosure (部门决算模板
// （空白）: every table with its header and 类 list, every cell blank). Its structure still
// parses; this says plainly that there is nothing to check or to sum.
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Table } from '../../model/table.js';

export function noFiguresWarning(tables: readonly Table[]): ParseWarning[] {
  if (tables.length === 0) return [];
  const figures = tables.some((t) =>
    t.rows.some((r) => Object.keys(r.values).length > 0 || (r.unplaced?.length ?? 0) > 0),
  );
  if (figures) return [];
  return [
    {
      code: 'no-figures',
      message: `none of the ${tables.length} tables prints a figure: a blank template (表格无数据), nothing to sum or check`,
    },
  ];
}
