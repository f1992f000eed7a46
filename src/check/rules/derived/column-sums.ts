// Rules derived from the table specs' column trees: in every row, a column with sub-columns is
// their sum (合计 = 基本支出 + 项目支出). One rule per (table kind, identity), whatever layouts
// declare it; a document is checked by the identities its own columns carry.
import { flattenColumns, columnSums, TABLE_SPECS } from '../../../model/specs/index.js';
import type { TableSpec } from '../../../model/specs/index.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { allBlank, compareSumAt, PASS } from '../../sums.js';
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

export function columnSumRules(): Rule[] {
  return TABLE_SPECS.flatMap((spec) =>
    identitiesOf(spec).map(({ block, total, parts }): Rule => {
      const zhParts = parts.map((p) => labelOf(spec, p)).join(' + ');
      return {
        id: `table:${spec.kind}:${total}=${parts.join('+')}`,
        category: 'table',
        severity: 'error',
        zh: `${spec.name}表每行：${labelOf(spec, total)} = ${zhParts}`,
        en: `${spec.nameEn}, every row: ${total} = ${parts.join(' + ')}`,
        basis: `表式列关系（${spec.name}表：${labelOf(spec, total)}为${zhParts}之和）`,
        evaluate: (d, ctx) => {
          const table = ctx.table(spec.kind);
          if (!table) return [];
          const grid = ctx.grid(table);
          const ti = grid.column.get(total);
          const pi = parts.map((p) => grid.column.get(p));
          if (ti === undefined || pi.some((i) => i === undefined)) return [];
          const withheld = d.undisclosed.some((u) => u.what === 'projects');
          const out: FindingDraft[] = [];
          for (let k = 0; k < table.rows.length; k++) {
            const r = table.rows[k]!;
            if (block !== 'main' && (r.block ?? 'main') !== block) continue;
            if (!grid.partial[k]) {
              // Fast path: every cell known. All blank is skipped, an exact sum is a pass.
              const cents = grid.cents[k]!;
              const whole = cents[ti]!;
              let sum = 0;
              let blank = true;
              for (const i of pi) {
                const v = cents[i!]!;
                sum += v;
                if (v !== 0) blank = false;
              }
              if (whole === 0 && blank) continue;
              if (whole === sum && !ctx.keepPasses) {
                out.push(PASS);
                continue;
              }
            }
            const whole = ctx.cell(r, total);
            const partCells = parts.map((p) => ctx.cell(r, p));
            if (whole.known && whole.cents === 0 && allBlank(partCells)) continue;
            const where = () => rowCellLocation(table, r, total);
            const sum = ctx.sumOf(r, parts);
            // A row printing its total with every part blank is a withheld breakdown when the
            // document says projects are not disclosed (seed 004 表七 and its 不予公开 233.56).
            if (withheld && whole.known && whole.cents !== 0 && sum.known && sum.cents === 0)
              out.push({
                outcome: 'not_applicable',
                location: where(),
                unit: table.unit,
                note: 'breakdown not printed: the document declares projects not disclosed',
              });
            else out.push(compareSumAt(ctx, whole, [sum], table.unit, where));
          }
          return out;
        },
      };
    }),
  );
}
