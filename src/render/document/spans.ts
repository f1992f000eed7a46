// Merged name cells of body rows, shared by the renderers that draw cells (HTML, PDF).
import type { BodyRow, DocTable } from './layout.js';

/**
 * Column span of each cell: a name runs on over the blank name cells after it (a unit's name
 * over the 项目名称 column of its row), as merged cells do in the templates. Other cells span 1.
 */
export function nameSpans(t: DocTable, row: BodyRow): number[] {
  return row.cells.map((c, i) => {
    if (!c || t.columns[i]?.role !== 'name') return 1;
    let n = 1;
    while (row.cells[i + n] === null && t.columns[i + n]?.role === 'name') n++;
    return n;
  });
}
