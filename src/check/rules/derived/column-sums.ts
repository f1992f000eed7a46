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
import { compareCents, PASS } from '../../sums.js';
import { toCents } from '../../../model/money.js';
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
      const at = k * width;
      if (partial && unplacedAmong(r, id.parts)) {
        checkPartialRow(table, r, id, values, at, withheld, ctx.keepPasses);
        continue;
      }
      // The parts are all known: the grid answers (the total is NaN there when it may hold an
      // unplaced number). All blank is skipped, an exact sum is a pass.
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

/**
 * A row where an unplaced number may sit among the parts. The total and the blanks are read from
 * the grid (NaN there is unknown); the parts are summed as sumOfColumns sums them: each printed
 * part, and each unplaced number whose candidates all lie among the parts (one straddling the
 * parts and other columns leaves the sum unknown).
 */
function checkPartialRow(
  table: Table,
  r: TableRow,
  id: Resolved,
  values: readonly number[],
  at: number,
  withheld: boolean,
  keep: boolean,
): void {
  const whole = values[at + id.totalAt]!;
  if (whole === 0 && id.partsAt.every((i) => values[at + i] === 0)) return;
  let sum = 0;
  let parts = 0;
  for (const i of id.partsAt) {
    const v = values[at + i]!;
    // Printed and not 0 (a blank is 0, an unknown blank NaN).
    if (v !== 0 && !Number.isNaN(v)) {
      sum += v;
      parts++;
    }
  }
  for (const u of r.unplaced!) {
    let inside = 0;
    for (const c of u.candidates) if (id.parts.includes(c)) inside++;
    if (inside === u.candidates.length) {
      sum += toCents(u.value);
      parts++;
    } else if (inside > 0) sum = NaN;
  }
  const wholeKnown = !Number.isNaN(whole);
  const sumKnown = !Number.isNaN(sum);
  if (withheld && wholeKnown && whole !== 0 && sumKnown && sum === 0) {
    id.out.push(withheldBreakdown(rowCellLocation(table, r, id.total), table.unit));
    return;
  }
  // As compareSumAt with one part: a pass nobody keeps has no location.
  if (!keep && wholeKnown && sumKnown && sum === whole) {
    id.out.push(PASS);
    return;
  }
  const location = rowCellLocation(table, r, id.total);
  if (!wholeKnown || !sumKnown)
    id.out.push({ outcome: 'insufficient_data', location, unit: table.unit });
  else id.out.push(compareCents(whole, sum, sum === 0 ? 0 : parts, table.unit, location));
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
