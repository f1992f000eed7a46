// The tables of a disclosure: find them, read each, place its numbers by its own arithmetic, then
// by the cells other tables fix, until nothing more can be placed.
import type { LayoutLine } from '../../model/layout.js';
import type { AmountUnit } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Profile } from '../../model/profiles/index.js';
import type { Table, TableKind } from '../../model/table.js';
import { fixedCellsFor } from './cross.js';
import { evidenceCells, type ProjectEvidence } from './evidence.js';
import { placeTable, type PlacedTable } from './place.js';
import { prepareTable, type Mutable, type TableContext } from './read-table.js';
import type { FixedCell } from './solver.js';
import { findTables, type TableBlock } from './recognize.js';

export interface TablesContext {
  readonly profile?: Profile;
  readonly year?: number;
  readonly unit: AmountUnit;
  readonly knownUnits: readonly string[];
  /** What the projects' 资金分配 says about the 项目支出 table's columns. */
  readonly evidence?: readonly ProjectEvidence[];
  /** findTables(lines), when the caller has it already (parseDisclosure picks the profile by it). */
  readonly blocks?: readonly TableBlock[];
}

const FIRST: readonly TableKind[] = [
  'revenue-expenditure',
  'fiscal-revenue-expenditure',
  'expenditure',
  'general-budget',
  'general-budget-basic',
];

// Rounds of cross-table placement; each round can only add certainty, two suffice in practice.
const CROSS_ROUNDS = 3;

export function parseTables(
  lines: readonly LayoutLine[],
  ctx: TablesContext,
): { tables: Table[]; warnings: ParseWarning[] } {
  const blocks = ctx.blocks ?? findTables(lines);
  const prepared = blocks.map((block) => {
    const preferred = ctx.profile?.tables.find((t) => t.kind === block.spec.kind)?.layout;
    // Built field by field (conditional spreads per table cost more than the lookup above).
    const tableCtx: Mutable<TableContext> = {
      unit: ctx.unit,
      knownUnits: ctx.knownUnits,
    };
    if (ctx.year) tableCtx.year = ctx.year;
    if (preferred) tableCtx.preferredLayout = preferred;
    return prepareTable(block, tableCtx);
  });
  // First pass in dependency order: tables whose cells others rely on are placed first, so the
  // others start from those cells.
  // Positions first: where a number is printed is the strongest evidence of its column.
  // The projects' evidence does not change between rounds: it is read once per table.
  const evidence = prepared.map((p) => evidenceCells(p, ctx.evidence ?? []));
  const fixedCells = (i: number, others: readonly Table[]) => [
    ...prepared[i]!.positioned,
    ...fixedCellsFor(prepared[i]!, others),
    ...evidence[i]!,
  ];
  const placed: PlacedTable[] = new Array<PlacedTable>(prepared.length);
  const order = prepared
    .map((p, i) => ({ i, rank: FIRST.indexOf(p.block.spec.kind) }))
    .sort((a, b) => (a.rank < 0 ? 99 : a.rank) - (b.rank < 0 ? 99 : b.rank) || a.i - b.i);
  // The fixed cells each table was last placed with (as text only when compared, below).
  const used: (readonly FixedCell[])[] = new Array<readonly FixedCell[]>(prepared.length);
  for (const { i } of order) {
    const others = placed.filter(Boolean).map((t) => t.table);
    const fixed = fixedCells(i, others);
    used[i] = fixed;
    placed[i] = placeTable(prepared[i]!, fixed);
  }
  for (let round = 0; round < CROSS_ROUNDS; round++) {
    let progress = false;
    placed.forEach((current, i) => {
      if (current.ambiguous.length === 0) return;
      const others = placed.filter((_, j) => j !== i).map((t) => t.table);
      const fixed = fixedCells(i, others);
      // Nothing new from the other tables: placing again would give the same result.
      if (fixed.length === 0 || fixedKey(fixed) === fixedKey(used[i]!)) return;
      used[i] = fixed;
      const again = placeTable(prepared[i]!, fixed);
      if (unplacedCount(again) < unplacedCount(current)) {
        placed[i] = again;
        progress = true;
      }
    });
    if (!progress) break;
  }
  const warnings: ParseWarning[] = [];
  for (const p of placed) for (const w of p.warnings) warnings.push(w);
  return { tables: placed.map((p) => p.table), warnings };
}

export { findTables, matchTitle } from './recognize.js';
export type { ProjectEvidence } from './evidence.js';

/** A fixed-cell list as text, to tell whether the other tables fix anything new. */
function fixedKey(fixed: readonly FixedCell[]): string {
  return fixed.map((f) => `${f.row},${f.column},${f.value ?? ''},${f.max ?? ''}`).join(';');
}

function unplacedCount(p: PlacedTable): number {
  return p.table.rows.reduce((n, r) => n + (r.unplaced?.length ?? 0), 0);
}
