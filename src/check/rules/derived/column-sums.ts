// Rules derived from the table specs' column trees: in every row, a column with sub-columns is
// their sum (合计 = 基本支出 + 项目支出). One rule per (table kind, identity), whatever layouts
// declare it; a document is checked by the identities its own columns carry.
import { flattenColumns, columnSums, TABLE_SPECS } from '../../../model/specs/index.js';
import type { TableSpec } from '../../../model/specs/index.js';
import type { FindingLocation } from '../../../model/finding.js';
import type { AmountUnit } from '../../../model/money.js';
import type { Disclosure } from '../../../model/disclosure.js';
import type { Table, TableRow } from '../../../model/table.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { allBlank, compareCents, compareSumAt, PASS } from '../../sums.js';
import { rowCellLocation } from '../row-key.js';

function labelOf(spec: TableSpec, id: string): string {
  for (const layout of spec.layouts)
    for (const block of layout.blocks) {
      const c = flattenColumns(block.columns).find((x) => x.id === id);
      if (c) return c.label;
    }
  return id;
}

function identitiesOf(spec: TableSpec): { block: string; total: string; parts: string[] }[] {
  const seen = new Set<string>();
  const out: { block: string; total: string; parts: string[] }[] = [];
  for (const layout of spec.layouts) {
    if (layout.orientation === 'items-as-columns') continue;
    for (const block of layout.blocks) {
      for (const s of columnSums(block)) {
        const key = `${block.id}:${s.total}=${s.parts.join('+')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ block: block.id, total: s.total, parts: s.parts });
      }
    }
  }
  return out;
}

/**
 * A row printing its total with every part blank is a withheld breakdown when the document says
 * projects are not disclosed (seed 004 表七 and its 不予公开 233.56).
 */
function withheldBreakdown(location: FindingLocation, unit: AmountUnit): FindingDraft {
  return {
    outcome: 'not_applicable',
    location,
    unit,
    note: 'breakdown not printed: the document declares projects not disclosed',
  };
}

/** Whether a number the parse could not place may sit in one of these columns. */
function unplacedAmong(row: TableRow, columns: readonly string[]): boolean {
  for (const u of row.unplaced ?? [])
    for (const c of u.candidates) if (columns.includes(c)) return true;
  return false;
}

interface Identity {
  readonly block: string;
  readonly total: string;
  readonly parts: readonly string[];
}

/** An identity with its columns' indexes in one table's grid. */
interface Resolved extends Identity {
  readonly totalAt: number;
  readonly partsAt: readonly number[];
  readonly out: FindingDraft[];
}

/**
 * Every identity of a spec over one table, in one walk of its rows: each identity's drafts in
 * row order, in its own list (one per rule, in `identities` order). An identity whose columns the
 * table lacks has no drafts.
 */
function walkTable(
  d: Disclosure,
  table: Table,
  identities: readonly Identity[],
  ctx: CheckContext,
): FindingDraft[][] {
  const grid = ctx.grid(table);
  const lists: FindingDraft[][] = [];
  const resolved: Resolved[] = [];
  for (const identity of identities) {
    const out: FindingDraft[] = [];
    lists.push(out);
    const totalAt = grid.column.get(identity.total);
    const partsAt: number[] = [];
    for (const p of identity.parts) {
      const at = grid.column.get(p);
      if (at !== undefined) partsAt.push(at);
    }
    if (totalAt !== undefined && partsAt.length === identity.parts.length)
      resolved.push({
        block: identity.block,
        total: identity.total,
        parts: identity.parts,
        totalAt,
        partsAt,
        out,
      });
  }
  if (resolved.length === 0) return lists;
  const withheld = d.undisclosed.some((u) => u.what === 'projects');
  const { values, width } = grid;
  for (let k = 0; k < table.rows.length; k++) {
    const block = grid.shapes[k]!.block ?? 'main';
    const partial = grid.partial[k]!;
    const r = table.rows[k]!;
    for (const id of resolved) {
      if (id.block !== 'main' && block !== id.block) continue;
      if (partial && unplacedAmong(r, id.parts)) {
        checkPartialRow(table, r, id, withheld, ctx);
        continue;
      }
      // The parts are all known: the grid answers (the total is NaN there when it may hold an
      // unplaced number). All blank is skipped, an exact sum is a pass.
      const at = k * width;
      const whole = values[at + id.totalAt]!;
      let sum = 0;
      let nonzero = 0;
      for (const i of id.partsAt) {
        const v = values[at + i]!;
        sum += v;
        if (v !== 0) nonzero++;
      }
      if (whole === 0 && nonzero === 0) continue;
      if (whole === sum && !ctx.keepPasses) id.out.push(PASS);
      else if (Number.isNaN(whole)) {
        const location = rowCellLocation(table, r, id.total);
        id.out.push({ outcome: 'insufficient_data', location, unit: table.unit });
      } else if (withheld && whole !== 0 && sum === 0)
        id.out.push(withheldBreakdown(rowCellLocation(table, r, id.total), table.unit));
      else {
        // Parts that add up to 0 allow no rounding (compareSum counts a sum's parts only when it
        // is not 0).
        const counted = sum === 0 ? 0 : nonzero;
        const location = rowCellLocation(table, r, id.total);
        id.out.push(compareCents(whole, sum, counted, table.unit, location));
      }
    }
  }
  return lists;
}

/** A row where an unplaced number may sit among the parts: read cell by cell. */
function checkPartialRow(
  table: Table,
  r: TableRow,
  id: Resolved,
  withheld: boolean,
  ctx: CheckContext,
): void {
  const whole = ctx.cell(r, id.total);
  const partCells = id.parts.map((p) => ctx.cell(r, p));
  if (whole.known && whole.cents === 0 && allBlank(partCells)) return;
  const where = () => rowCellLocation(table, r, id.total);
  const sum = ctx.sumOf(r, id.parts);
  if (withheld && whole.known && whole.cents !== 0 && sum.known && sum.cents === 0)
    id.out.push(withheldBreakdown(where(), table.unit));
  else id.out.push(compareSumAt(ctx, whole, [sum], table.unit, where));
}

export function columnSumRules(): Rule[] {
  return TABLE_SPECS.flatMap((spec) => {
    const identities = identitiesOf(spec);
    const memoKey = `column-sums:${spec.kind}`;
    return identities.map(({ total, parts }, n): Rule => {
      const zhParts = parts.map((p) => labelOf(spec, p)).join(' + ');
      return {
        id: `table:${spec.kind}:${total}=${parts.join('+')}`,
        category: 'table',
        severity: 'error',
        zh: `${spec.name}表每行：${labelOf(spec, total)} = ${zhParts}`,
        en: `${spec.nameEn}, every row: ${total} = ${parts.join(' + ')}`,
        basis: `表式列关系（${spec.name}表：${labelOf(spec, total)}为${zhParts}之和）`,
        // The table's identities are checked together, on the first of its rules to run.
        evaluate: (d, ctx) => {
          const table = ctx.table(spec.kind);
          if (!table) return [];
          return ctx.memo(memoKey, () => walkTable(d, table, identities, ctx))[n]!;
        },
      };
    });
  });
}
