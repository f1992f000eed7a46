// "三公"经费 table: items as rows by budget (新疆 2025) or items as columns over one row (新疆 2021,
// read by the parser as item rows with one total column).
import type { ItemDef, TableLayout } from '../../model/specs/index.js';
import type { TableRow } from '../../model/table.js';
import { fenOf, roundFen } from '../amounts.js';
import type { ComposeContext } from '../lines.js';
import { fromCents } from '../../model/money.js';

const PRINTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'items-by-budget': {
    vehicle: '公务用车购置及运行费（小计）',
    'vehicle-purchase': '其中：公务用车购置费',
  },
};

type Budget = 'general' | 'fund' | 'capital';
const BUDGETS: readonly Budget[] = ['general', 'fund', 'capital'];

/** 分 by item and budget; the vehicle group and the total are sums of their items. */
export function threePublicFen(ctx: ComposeContext): Map<string, Record<Budget, number>> {
  const out = new Map<string, Record<Budget, number>>();
  const get = (id: string) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { general: 0, fund: 0, capital: 0 }));
    return r;
  };
  for (const id of [
    'total',
    'outbound',
    'reception',
    'vehicle',
    'vehicle-purchase',
    'vehicle-operation',
  ])
    get(id);
  // 机关运行经费, printed beside the 三公 items (上海); not part of the 三公 total.
  if (ctx.input.operatingCosts !== undefined)
    get('operating-costs').general += fenOf(ctx.input.operatingCosts);
  for (const row of ctx.input.threePublic) {
    for (const b of BUDGETS) {
      const v = row[b];
      if (v === undefined) continue;
      const fen = fenOf(v);
      get(row.item)[b] += fen;
      if (row.item.startsWith('vehicle-')) get('vehicle')[b] += fen;
      get('total')[b] += fen;
    }
  }
  return out;
}

export function threePublicRows(ctx: ComposeContext, layout: TableLayout): TableRow[] {
  const items: readonly ItemDef[] = layout.blocks[0]?.items ?? [];
  const fen = threePublicFen(ctx);
  const labels = PRINTED[layout.id] ?? {};
  const byBudget = layout.orientation !== 'items-as-columns';
  return items.map((it) => {
    const f = fen.get(it.id) ?? { general: 0, fund: 0, capital: 0 };
    const values: Record<string, number> = {};
    const put = (col: string, v: number) => {
      const cents = roundFen(v, ctx.unit);
      if (cents !== 0) values[col] = fromCents(cents);
    };
    put('total', f.general + f.fund + f.capital);
    if (byBudget) for (const b of BUDGETS) put(b, f[b]);
    return {
      kind: it.id === 'total' ? 'total' : 'item',
      name: labels[it.id] ?? it.label,
      item: it.id,
      values,
    };
  });
}
