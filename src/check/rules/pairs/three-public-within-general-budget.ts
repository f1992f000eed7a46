// 三公 total ≤ 一般公共预算支出 total, for a 三公 table of the 一般公共预算 without a per-budget column
// (新疆 2021). Tables with a 一般公共预算 column are held to 财政拨款收支总体 by the derived rule
// cross:three-public.general<=fiscal.general, so they are left to it.
import { compareAtMost } from '../../sums.js';
import type { Rule } from '../../rule.js';
import { threePublicColumn, threePublicRow } from './three-public.js';

export const threePublicWithinGeneralBudget: Rule = {
  id: 'cross-table:three-public-within-general-budget',
  category: 'cross-table',
  severity: 'warning',
  zh: '一般公共预算“三公”经费合计不超过一般公共预算支出合计',
  en: '"Three public" total (general budget) does not exceed the general budget expenditure total',
  basis: '一般公共预算“三公”经费是一般公共预算支出的一部分（部分不大于整体）',
  evaluate: (_d, ctx) => {
    const t = ctx.table('three-public');
    const gb = ctx.table('general-budget');
    if (!t || !gb || t.unit !== gb.unit) return [];
    if (t.columns.some((c) => c.id === 'general')) return [];
    const col = threePublicColumn(t, false);
    const row = threePublicRow(t, 'total');
    const gbTotal = ctx.rowAt('general-budget', 'total');
    if (!col || !row || !gbTotal) return [];
    const part = ctx.cell(row, col);
    const whole = ctx.cell(gbTotal, 'total');
    const location = {
      table: 'three-public' as const,
      ...(t.number ? { tableNumber: t.number } : {}),
      row: 'total',
      rowName: row.name,
      column: col,
    };
    const note = `≤ ${gb.number ?? '一般公共预算支出表'} total total`;
    if (!part.known || !whole.known)
      return [{ outcome: 'insufficient_data', location, unit: t.unit, note }];
    if (part.cents === 0) return [];
    return [compareAtMost(part.cents, whole.cents, 0, t.unit, location, note)];
  },
};
