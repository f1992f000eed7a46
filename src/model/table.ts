import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { SourceRefSchema } from './source-ref.js';

export const TABLE_KINDS = [
  'revenue-expenditure', // 收支总体 (部门收支总体情况表 / 财务收支预算总表)
  'revenue', // 收入总体
  'expenditure', // 支出总体
  'fiscal-revenue-expenditure', // 财政拨款收支总体
  'general-budget', // 一般公共预算支出
  'general-budget-basic', // 一般公共预算基本支出 (by 经济分类)
  'general-budget-project', // 一般公共预算项目支出 (by unit and project, 经济分类 columns)
  'fund-budget', // 政府性基金预算支出
  'capital-budget', // 国有资本经营预算支出
  'three-public', // "三公"经费
  'carryover', // 上年结转结余
] as const;
export const TableKindSchema = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKindSchema>;

export const ROW_KINDS = [
  'total', // 总计 / 合计 of the whole table (or of one block)
  'unit', // a budget unit (下属预算单位) heading its rows
  'code', // a 功能分类 or 经济分类 line (类/款/项)
  'project', // a project, under a unit and/or a 项 code
  'item', // a labelled line of a fixed list (收入 items, 三公 items)
] as const;
export const RowKindSchema = z.enum(ROW_KINDS);
export type RowKind = z.infer<typeof RowKindSchema>;

export const CodeLevelSchema = z.enum(['类', '款', '项']);
export type CodeLevel = z.infer<typeof CodeLevelSchema>;

/** A number read on a row whose column the table's arithmetic could not fix. */
export const UnplacedValueSchema = z.object({
  value: AmountSchema,
  /** The columns it could belong to, in table order. */
  candidates: z.array(z.string()),
});
export type UnplacedValue = z.infer<typeof UnplacedValueSchema>;

export const TableRowSchema = z.object({
  kind: RowKindSchema,
  /** Block of a two-sided table (收入 | 支出); absent for one-block tables. */
  block: z.enum(['income', 'expenditure']).optional(),
  /** Classification code as digits: 201, 20103, 2010301 (功能分类); 301, 30101 (经济分类). */
  code: z
    .string()
    .regex(/^\d{3}(\d{2}){0,2}$/)
    .optional(),
  level: CodeLevelSchema.optional(),
  /** The printed label: code name, item label, unit name or, for totals, 总计/合计. */
  name: z.string(),
  /** Item id for item rows (see the table spec's items). */
  item: z.string().optional(),
  /** The budget unit a row belongs to, where the table groups rows by unit. */
  unit: z.string().optional(),
  project: z.string().optional(),
  /** Cells by column id; a blank cell has no entry. */
  values: z.record(z.string(), AmountSchema),
  unplaced: z.array(UnplacedValueSchema).optional(),
  at: SourceRefSchema.optional(),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableColumnSchema = z.object({
  id: z.string(),
  label: z.string(),
  block: z.enum(['income', 'expenditure']).optional(),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

export const TableSchema = z.object({
  kind: TableKindSchema,
  /** Printed number: 表1, 表一, 表 3-1. */
  number: z.string().optional(),
  title: z.string(),
  unit: AmountUnitSchema,
  /** 编制部门 / 编制单位 as printed above the table. */
  department: z.string().optional(),
  columns: z.array(TableColumnSchema),
  rows: z.array(TableRowSchema),
  /** For a table published empty: its explanation (…为空表). */
  empty: z.object({ statement: z.string() }).optional(),
  notes: z.array(z.string()).optional(),
  at: SourceRefSchema.optional(),
});
export type Table = z.infer<typeof TableSchema>;
