// Column meanings found only in the 决算 (final accounts) templates, declared once here; the
// 决算 forms compose them with the shared vocabulary (columns.ts).
import type { ColumnNode } from './types.js';

interface ColumnDef {
  readonly label: string;
  readonly aliases?: readonly string[];
}

export const FINAL_COLUMNS = {
  /** 预算数 beside 决算数 (三公 决算); 年初预算 / 全年预算数 in other 决算 forms. */
  budget: { label: '预算数', aliases: ['年初预算数', '年初预算', '全年预算数', '全年预算'] },
  'budget-adjusted': { label: '调整预算数', aliases: ['调整预算'] },
  final: { label: '决算数', aliases: ['决算'] },
  'upper-subsidy': { label: '上级补助收入' },
  'affiliate-income': { label: '附属单位上缴收入' },
  'remit-upper': { label: '上缴上级支出' },
  'operating-expenditure': { label: '经营支出' },
  'affiliate-subsidy': { label: '对附属单位补助支出' },
  'carryover-begin': { label: '年初结转和结余' },
  'current-income': { label: '本年收入' },
  'carryover-end': { label: '年末结转和结余' },
} as const satisfies Record<string, ColumnDef>;

export type FinalColumnId = keyof typeof FINAL_COLUMNS;

/** A column node of the 决算 vocabulary, with optional sub-columns (whose sum it is). */
export function fcol(id: FinalColumnId, children?: readonly ColumnNode[]): ColumnNode {
  const def: ColumnDef = FINAL_COLUMNS[id];
  return {
    id,
    label: def.label,
    ...(def.aliases ? { aliases: def.aliases } : {}),
    ...(children ? { children } : {}),
  };
}
