// Chart options for one disclosure, built from its tables: spending by 功能分类 (treemap 类 → 款 →
// 项), 基本支出 by 经济分类 款 (bars), and funding sources (pie). Pure functions of the Disclosure;
// amounts become chart numbers only here, for drawing — never for arithmetic.
import type { Disclosure } from '../../model/disclosure.js';
import type { Table, TableRow } from '../../model/table.js';
import type { ChartOption } from './ssr.js';

interface TreeNode {
  name: string;
  value: number;
  children?: TreeNode[];
}

function table(d: Disclosure, ...kinds: Table['kind'][]): Table | undefined {
  for (const k of kinds) {
    const t = d.tables.find((x) => x.kind === k && x.rows.length > 0);
    if (t) return t;
  }
  return undefined;
}

function amountOf(row: TableRow, ...columns: string[]): number | undefined {
  for (const c of columns) {
    const v = row.values[c];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** 功能分类 rows (类/款/项 with an amount) as a tree; undefined when the document has none. */
export function functionTree(d: Disclosure): TreeNode[] | undefined {
  const t = table(d, 'expenditure', 'general-budget');
  if (!t) return undefined;
  const roots: TreeNode[] = [];
  const byCode = new Map<string, TreeNode>();
  for (const r of t.rows) {
    if (r.kind !== 'code' || !r.code || !r.level) continue;
    const value = amountOf(r, 'total', 'amount');
    if (value === undefined || value <= 0) continue;
    const node: TreeNode = { name: `${r.code} ${r.name}`, value };
    byCode.set(r.code, node);
    const parent = r.code.length > 3 ? byCode.get(r.code.slice(0, r.code.length - 2)) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots.length ? roots : undefined;
}

export function functionTreemapOption(d: Disclosure): ChartOption | undefined {
  const data = functionTree(d);
  if (!data) return undefined;
  return {
    tooltip: { formatter: '{b}: {c}' },
    series: [
      {
        type: 'treemap',
        data,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        leafDepth: 2,
        label: { show: true, formatter: '{b}\n{c}' },
        upperLabel: { show: true, height: 20 },
        levels: [
          { itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3 } },
          { itemStyle: { borderColor: '#eee', borderWidth: 2, gapWidth: 1 } },
          { itemStyle: { borderWidth: 1 } },
        ],
      },
    ],
  };
}

/** 一般公共预算基本支出 by 经济分类 款, largest first. */
export function economicBarsOption(d: Disclosure): ChartOption | undefined {
  const t = table(d, 'general-budget-basic');
  if (!t) return undefined;
  const rows = t.rows
    .filter((r) => r.kind === 'code' && r.level === '款')
    .map((r) => ({ name: `${r.code ?? ''} ${r.name}`, value: amountOf(r, 'total') ?? 0 }))
    .filter((x) => x.value > 0)
    .sort((a, b) => a.value - b.value)
    .slice(-15);
  if (!rows.length) return undefined;
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 220, right: 60, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { width: 200 } },
    series: [
      { type: 'bar', data: rows.map((r) => r.value), label: { show: true, position: 'right' } },
    ],
  };
}

/** The columns of the 收入总体 total row that are sources, not subtotals. */
const SUBTOTALS = new Set(['total', 'fiscal']);

export function fundingSourcesOption(d: Disclosure): ChartOption | undefined {
  const t = table(d, 'revenue');
  const total = t?.rows.find((r) => r.kind === 'total');
  if (!t || !total) return undefined;
  const data = t.columns
    .filter((c) => !SUBTOTALS.has(c.id))
    .map((c) => ({ name: c.label, value: total.values[c.id] ?? 0 }))
    .filter((x) => x.value > 0);
  if (!data.length) return undefined;
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data,
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}
