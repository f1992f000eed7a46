// Tables: rows matched by their first line (and block), or by item in a transposed table; every
// cell compared by column id. A `reasoned` cell (its column decided by the narrative) is also
// accepted unplaced with its column among the candidates; an undetermined number only unplaced.
import type { Table, TableRow, UnplacedValue } from '../../src/model/table.js';
import { compareValue, note, type Report } from './compare.js';
import type { ExpectedCell, ExpectedRow, ExpectedTable } from './expected-types.js';
import { labelKey, loose } from './text-norm.js';

export function tableKey(number: string | undefined): string {
  return (number ?? '').replace(/[\s：:]/g, '');
}

export function findTable(tables: readonly Table[], e: ExpectedTable): Table | undefined {
  return (
    tables.find((t) => tableKey(t.number) === tableKey(e.number) && t.kind === e.kind) ??
    tables.find((t) => t.kind === e.kind)
  );
}

export function rowLabel(r: ExpectedRow): string {
  const id = r.code ?? r.item ?? r.kind;
  return `L${r.line} ${id} ${r.project ?? r.name}`;
}

/** The actual row for each expected row (undefined when missing), and the rows left over. */
export function matchRows(
  e: ExpectedTable,
  t: Table,
): { pairs: [ExpectedRow, TableRow | undefined][]; extra: TableRow[] } {
  const free = new Set(t.rows.map((_, i) => i));
  const take = (pred: (r: TableRow) => boolean): TableRow | undefined => {
    for (const i of free) {
      const r = t.rows[i] as TableRow;
      if (pred(r)) {
        free.delete(i);
        return r;
      }
    }
    return undefined;
  };
  const sameKey = (x: ExpectedRow, r: TableRow) =>
    r.kind === x.kind &&
    r.block === x.block &&
    r.code === x.code &&
    r.item === x.item &&
    (x.project === undefined || loose(r.project ?? '') === loose(x.project));
  const pairs: [ExpectedRow, TableRow | undefined][] = [];
  for (const x of e.rows) {
    const byPlace = e.transposed
      ? take((r) => r.item === x.item)
      : take((r) => r.at?.line === x.line && r.block === x.block && sameKey(x, r));
    pairs.push([
      x,
      byPlace ??
        take((r) => r.at?.line === x.line && r.block === x.block) ??
        take((r) => sameKey(x, r)),
    ]);
  }
  return { pairs, extra: [...free].map((i) => t.rows[i] as TableRow) };
}

export function compareTable(report: Report, e: ExpectedTable, t: Table | undefined): void {
  const at = `tables[${e.number}]`;
  if (!t) return report.miss(at, note(`${e.kind} table`), note('(no such table)'));
  compareValue(report, `${at}.kind`, e.kind, t.kind);
  compareValue(report, `${at}.number`, tableKey(e.number), tableKey(t.number));
  compareValue(report, `${at}.title`, e.title, t.title);
  compareValue(report, `${at}.unit`, e.unit, t.unit);
  compareValue(report, `${at}.department`, e.department, t.department);
  if (e.empty) {
    const said = [t.empty?.statement ?? '', ...(t.notes ?? [])].map(loose).join('|');
    if (!t.empty) report.miss(`${at}.empty`, note('an empty-table statement'), t.empty);
    if (!said.includes(loose(e.empty))) report.miss(`${at}.empty.statement`, e.empty, t.empty);
  }
  const { pairs, extra } = matchRows(e, t);
  for (const [x, r] of pairs) compareRow(report, `${at}.rows[${rowLabel(x)}]`, x, r, e.transposed);
  for (const r of extra) {
    report.miss(
      `${at}.rows[L${r.at?.line ?? '?'} ${r.code ?? r.item ?? r.kind} ${r.project ?? r.name}]`,
      note('(no such row)'),
      r,
    );
  }
}

function compareRow(
  report: Report,
  at: string,
  x: ExpectedRow,
  r: TableRow | undefined,
  transposed = false,
): void {
  if (!r) return report.miss(at, note('a row'), note('(missing)'));
  // A transposed table's items have no line of their own (their values share one line).
  if (!transposed && r.at?.line !== x.line) report.miss(`${at}.at.line`, x.line, r.at?.line);
  compareValue(report, `${at}.kind`, x.kind, r.kind);
  compareValue(report, `${at}.block`, x.block, r.block);
  compareValue(report, `${at}.code`, x.code, r.code);
  compareValue(report, `${at}.level`, x.level, r.level);
  if (labelKey(x.name) !== labelKey(r.name)) report.miss(`${at}.name`, x.name, r.name);
  compareValue(report, `${at}.item`, x.item, r.item);
  compareValue(report, `${at}.unit`, x.unit, r.unit);
  compareValue(report, `${at}.project`, x.project, r.project);
  compareCells(report, at, x, r);
}

const cellValue = (c: ExpectedCell): number => (typeof c === 'number' ? c : c.value);
const showUnplaced = (u: UnplacedValue) => `(unplaced ${u.value}: ${u.candidates.join('|')})`;

function compareCells(report: Report, at: string, x: ExpectedRow, r: TableRow): void {
  const unplaced = [...(r.unplaced ?? [])];
  const takeUnplaced = (value: number, fits: (u: UnplacedValue) => boolean) => {
    const i = unplaced.findIndex((u) => u.value === value && fits(u));
    return i < 0 ? undefined : unplaced.splice(i, 1)[0];
  };
  for (const [col, cell] of Object.entries(x.values)) {
    const v = cellValue(cell);
    const got = r.values[col];
    if (got === v) continue;
    const path = `${at}.values.${col}`;
    if (typeof cell !== 'number' && got === undefined) {
      const u = takeUnplaced(v, (c) => c.candidates.includes(col));
      if (u) {
        report.accept(
          path,
          `${v} left unplaced (${u.candidates.join('|')}); column ${col}: ${cell.why}`,
        );
        continue;
      }
    }
    const u = got === undefined ? takeUnplaced(v, () => true) : undefined;
    report.miss(path, v, u ? note(showUnplaced(u)) : got);
  }
  for (const d of x.undetermined ?? []) {
    const path = `${at}.undetermined(${d.value})`;
    const u = takeUnplaced(d.value, (c) => d.columns.every((col) => c.candidates.includes(col)));
    if (u) report.accept(path, `${d.value} left unplaced (${u.candidates.join('|')}): ${d.why}`);
    else {
      const placed = Object.entries(r.values).find(([c, v]) => v === d.value && !(c in x.values));
      report.miss(
        path,
        note(`unplaced among ${d.columns.join('|')}`),
        placed ? note(`(placed in ${placed[0]})`) : note('(missing)'),
      );
    }
  }
  for (const [col, v] of Object.entries(r.values)) {
    if (!(col in x.values) && !(x.undetermined ?? []).some((d) => d.value === v))
      report.miss(`${at}.values.${col}`, note('(blank)'), v);
  }
  for (const u of unplaced)
    report.miss(`${at}.unplaced`, note('(nothing unplaced)'), note(showUnplaced(u)));
}
