// Cells of the 项目支出 table fixed by the projects' 资金分配 (see parse/project-evidence.ts): for
// a project row, the columns every reading of its allocation agrees on, when some reading prints
// exactly the row's numbers in column order.
import { normalizeNameKey } from '../../model/catalog/index.js';
import type { Cents } from '../../model/money.js';
import type { PreparedTable } from './read-table.js';
import type { FixedCell } from './solver.js';

export interface ProjectEvidence {
  readonly project: string;
  readonly owner?: string;
  readonly total: Cents;
  readonly readings: readonly Readonly<Record<string, Cents>>[];
}

export function evidenceCells(
  prepared: PreparedTable,
  evidence: readonly ProjectEvidence[],
): FixedCell[] {
  if (prepared.block.spec.kind !== 'general-budget-project' || evidence.length === 0) return [];
  const out: FixedCell[] = [];
  // The projects by name key, made once (not a filter of every project per row), in order.
  const byKey = new Map<string, ProjectEvidence[]>();
  for (const e of evidence) {
    const key = projectKey(e.project);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  const byName = (name: string): readonly ProjectEvidence[] => byKey.get(name) ?? [];
  prepared.rows.forEach((row, r) => {
    if (row.kind !== 'project' || !row.project) return;
    const named = byName(projectKey(row.project));
    // Several projects share a name (驻外办事处业务工作经费 of three offices): the owner decides.
    const unit = named.length > 1 && row.unit ? normalizeNameKey(row.unit) : undefined;
    const matches =
      named.length > 1
        ? named.filter((e) => e.owner && unit && normalizeNameKey(e.owner) === unit)
        : named;
    if (matches.length !== 1) return;
    const ev = matches[0]!;
    const columns = prepared.rowColumns[r]!.columns.map((c) => c.id);
    if (row.amounts[0] !== ev.total) return;
    const fits = ev.readings.filter((reading) => printsAs(reading, columns, row.amounts));
    if (fits.length === 0) return;
    for (let column = 1; column < columns.length; column++) {
      const id = columns[column]!;
      const value = fits[0]![id] ?? 0;
      if (fits.every((f) => sameValue(f[id] ?? 0, value))) out.push({ row: r, column, value });
    }
  });
  return out;
}

/**
 * The reading prints as the row: the total, then its non-zero column sums in column order (read
 * in place, not gathered into a list per reading).
 */
function printsAs(
  reading: Readonly<Record<string, Cents>>,
  columns: readonly string[],
  amounts: readonly Cents[],
): boolean {
  let next = 1;
  for (let c = 1; c < columns.length; c++) {
    const v = reading[columns[c]!];
    if (!v) continue;
    if (next >= amounts.length || v !== amounts[next]) return false;
    next++;
  }
  return next === amounts.length;
}

/** Equal as a Set tells values apart (NaN equals NaN). */
function sameValue(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * A project's name for matching table rows to the 项目支出情况说明: the two often differ in a
 * trailing 项目/经费 (seed 004: 业务运转经费 in 表七, 业务运转经费项目 in the text).
 */
function projectKey(name: string): string {
  return normalizeNameKey(name)
    .replace(/[。.]$/, '')
    .replace(/(?:项目|经费|资金)+$/, '');
}
