// Cell-by-cell comparison of a composed table with a parsed one. A parsed number the parser could
// not place (unplaced, with candidate columns) matches a composed cell of one of its candidates.
import type { Table, TableRow } from '../../src/model/table.js';

function rowLabel(t: Table, i: number, r: TableRow): string {
  return `${t.number} row ${i} ${r.kind} ${r.code ?? r.item ?? ''} ${r.name}${r.unit ? ` @${r.unit}` : ''}`;
}

/** Differences, one line each; empty when the tables agree. */
export function tableDiff(composed: Table, parsed: Table): string[] {
  const out: string[] = [];
  const cols = (t: Table) => t.columns.map((c) => `${c.id}:${c.label}:${c.block ?? ''}`).join(' ');
  if (cols(composed) !== cols(parsed))
    out.push(`${parsed.number} columns: ${cols(composed)} ≠ ${cols(parsed)}`);
  if (!!composed.empty !== !!parsed.empty)
    out.push(`${parsed.number} empty: ${!!composed.empty} ≠ ${!!parsed.empty}`);
  if (composed.rows.length !== parsed.rows.length)
    out.push(`${parsed.number} rows: ${composed.rows.length} ≠ ${parsed.rows.length}`);
  parsed.rows.forEach((p, i) => {
    const c = composed.rows[i];
    if (!c) return;
    const label = rowLabel(parsed, i, p);
    for (const f of ['kind', 'block', 'code', 'level', 'name', 'item', 'unit', 'project'] as const)
      if (c[f] !== p[f]) out.push(`${label}: ${f} ${String(c[f])} ≠ ${String(p[f])}`);
    const left = new Map(Object.entries(c.values));
    for (const [col, v] of Object.entries(p.values)) {
      if (left.get(col) !== v) out.push(`${label}: ${col} ${String(left.get(col))} ≠ ${v}`);
      left.delete(col);
    }
    for (const u of p.unplaced ?? []) {
      const col = u.candidates.find((k) => left.get(k) === u.value);
      if (col) left.delete(col);
      else out.push(`${label}: unplaced ${u.value} in none of ${u.candidates.join('/')}`);
    }
    for (const [col, v] of left) out.push(`${label}: extra ${col} = ${v}`);
  });
  return out;
}
