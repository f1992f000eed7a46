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
    // Readings that print as this row: total, then the non-zero column sums in column order.
    const fits = ev.readings.filter((reading) => {
      const printed = columns.slice(1).flatMap((c) => (reading[c] ? [reading[c]] : []));
      return (
        printed.length === row.amounts.length - 1 &&
        printed.every((v, i) => v === row.amounts[i + 1])
      );
    });
    if (fits.length === 0) return;
    columns.forEach((id, column) => {
      if (column === 0) return;
      const values = new Set(fits.map((f) => f[id] ?? 0));
      if (values.size === 1) out.push({ row: r, column, value: [...values][0]! });
    });
  });
  return out;
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
