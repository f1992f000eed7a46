// Words and numbers of a check report as a person reads them: outcome and category names, column
// labels from the table specs, row names, amounts with their unit. Shared by the text and HTML
// writers so that both say the same thing.
import { describeRow, type ScorePart } from '../../check/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Finding, FindingLocation, Outcome, RuleCategory } from '../../model/finding.js';
import { formatAmount, type Amount, type AmountUnit } from '../../model/money.js';
import { flattenColumns, specOf } from '../../model/specs/index.js';
import type { Table, TableKind } from '../../model/table.js';
import { rowIndexOf } from './locate.js';

export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = {
  fail: '不符 fail',
  rounding: '尾差 rounding',
  insufficient_data: '无法判断 insufficient_data',
  not_applicable: '不适用 not_applicable',
  pass: '通过 pass',
};

/** Outcomes from the most to the least serious (the order of summaries and highlights). */
export const OUTCOME_ORDER: readonly Outcome[] = [
  'fail',
  'insufficient_data',
  'rounding',
  'not_applicable',
  'pass',
];

export const CATEGORY_LABEL: Readonly<Record<RuleCategory, string>> = {
  table: '表内关系 table',
  'cross-table': '表间关系 cross-table',
  narrative: '情况说明 narrative',
  completeness: '完整性 completeness',
  classification: '科目分类 classification',
  presentation: '表述规范 presentation',
};

export const PART_LABEL: Readonly<Record<ScorePart, string>> = {
  completeness: '完整性 completeness',
  consistency: '一致性 consistency',
  narrative: '情况说明 narrative',
};

/** An amount with thousands separators and two decimals; a count; a percentage when no unit. */
export function formatValue(v: Amount, unit: AmountUnit | '个' | undefined): string {
  if (!unit) return `${v}%`;
  if (unit === '个') return `${v} 个`;
  return `${safeAmount(v)} ${unit}`;
}

/** Like formatAmount, but never throws on a number that is not a two-decimal amount. */
export function safeAmount(v: number): string {
  return Number.isFinite(v) && Number(v.toFixed(2)) === v ? formatAmount(v) : String(v);
}

/** A difference with its sign (+0.02, -0.01). */
export function formatDifference(v: Amount, unit: AmountUnit | '个' | undefined): string {
  return (v > 0 ? '+' : '') + formatValue(v, unit);
}

/** The table of a disclosure a location names (by kind, and printed number when both have one). */
export function tableOf(d: Disclosure | undefined, loc: FindingLocation): Table | undefined {
  if (!d || !loc.table) return undefined;
  const ofKind = d.tables.filter((t) => t.kind === loc.table);
  return ofKind.find((t) => !loc.tableNumber || t.number === loc.tableNumber) ?? ofKind[0];
}

/** 表六 一般公共预算基本支出情况表, from the document when it has the table, else from the spec. */
export function tableTitle(kind: TableKind, number: string | undefined, table?: Table): string {
  const title = table?.title ?? `${specOf(kind).name}表`;
  return [table?.number ?? number, title].filter(Boolean).join(' ');
}

/** The label of a column: as the document's table carries it, else the spec's canonical label. */
export function columnLabel(kind: TableKind | undefined, id: string, table?: Table): string {
  const own = table?.columns.find((c) => c.id === id)?.label;
  if (own) return own;
  if (!kind) return id;
  for (const layout of specOf(kind).layouts)
    for (const block of layout.blocks) {
      const c = flattenColumns(block.columns).find((x) => x.id === id);
      if (c) return c.label;
    }
  return id;
}

const ROW_KEY_NAMES: Readonly<Record<string, string>> = {
  total: '合计',
  'expenditure-total': '支出总计',
};

/** The row a location names, as a person reads it (code and name). */
export function rowLabel(loc: FindingLocation, table?: Table): string | undefined {
  if (loc.rowName) return loc.rowName;
  if (!loc.row) return undefined;
  const index = table ? rowIndexOf(table, loc) : undefined;
  if (table && index !== undefined) return describeRow(table.rows[index]!);
  const fixed = ROW_KEY_NAMES[loc.row];
  if (fixed) return fixed;
  if (loc.table)
    for (const layout of specOf(loc.table).layouts)
      for (const block of layout.blocks) {
        const item = block.items?.find((i) => i.id === loc.row);
        if (item) return item.label;
      }
  return loc.row;
}

/** "301 工资福利支出 · 合计": the row and column of a table finding. */
export function cellLabel(loc: FindingLocation, table?: Table): string {
  const row = rowLabel(loc, table);
  const column = loc.column ? columnLabel(loc.table, loc.column, table) : undefined;
  return [row, column].filter(Boolean).join(' · ');
}

/** Where in the source a finding is: p.7 l.383. */
export function sourcePlace(loc: FindingLocation): string {
  return [loc.page ? `p.${loc.page}` : '', loc.line ? `l.${loc.line}` : '']
    .filter(Boolean)
    .join(' ');
}

/** The numbers of a finding: expected, actual, difference (rounding shows both values too). */
export function findingFigures(f: Finding): string {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`expected ${formatValue(f.expected, f.unit)}`);
  if (f.actual !== undefined) parts.push(`actual ${formatValue(f.actual, f.unit)}`);
  if (f.difference !== undefined)
    parts.push(`difference ${formatDifference(f.difference, f.unit)}`);
  if (f.expectedText !== undefined) parts.push(`expected “${f.expectedText}”`);
  if (f.actualText !== undefined) parts.push(`actual “${f.actualText}”`);
  return parts.join(', ');
}

/** The outcome, with the severity when a check failed. */
export function outcomeText(f: Finding): string {
  return f.outcome === 'fail' ? `${OUTCOME_LABEL.fail} [${f.severity}]` : OUTCOME_LABEL[f.outcome];
}

/** A score part as printed: one decimal, or — when nothing of it could be evaluated. */
export function scoreText(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(1);
}
