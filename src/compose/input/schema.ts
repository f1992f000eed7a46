// BudgetInput: what a preparer enters once — identity, 概况, budget units, line items in 元, last
// year's figures with the reasons for changes, and the other matters — from which compose builds the
// whole disclosure. JSON, YAML and the `yusuan template` workbook all read into this shape.
import { z } from 'zod';
import { AmountSchema, AmountUnitSchema, parseAmount } from '../../model/money.js';
import {
  EXPENSE_TYPES,
  EXPENSE_TYPE_ALIASES,
  SOURCES,
  SOURCE_ALIASES,
  type ExpenseType,
  type FundSource,
} from './sources.js';

/** An amount in 元 with at most two decimals; printed text ("1,234.50") is accepted too. */
export const YuanSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (parseAmount(v.trim()) ?? v) : v),
  AmountSchema,
);

const SourceSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (SOURCE_ALIASES[v.trim()] ?? v.trim()) : v),
  z.enum(SOURCES),
) as z.ZodType<FundSource, unknown>;

const TypeSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (EXPENSE_TYPE_ALIASES[v.trim()] ?? v.trim()) : v),
  z.enum(EXPENSE_TYPES),
) as z.ZodType<ExpenseType, unknown>;

const CodeText = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string());

export const LineItemSchema = z.object({
  /** 预算单位. */
  unit: z.string().min(1),
  /** 支出功能分类 项 (7 digits). */
  functionCode: CodeText.pipe(z.string().regex(/^\d{7}$/, '功能分类 must be a 7-digit 项 code')),
  /** 部门预算支出经济分类 款 (5 digits); required for 基本支出 and 一般公共预算 项目. */
  economicCode: CodeText.pipe(
    z.string().regex(/^\d{5}$/, '经济分类 must be a 5-digit 款 code'),
  ).optional(),
  source: SourceSchema,
  type: TypeSchema,
  /** Project name, for 项目. */
  project: z.string().min(1).optional(),
  /** 元. */
  amount: YuanSchema,
});
export type LineItem = z.infer<typeof LineItemSchema>;

export const THREE_PUBLIC_LABELS = {
  outbound: '因公出国（境）费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行费',
  reception: '公务接待费',
} as const;
export type ThreePublicInputItem = keyof typeof THREE_PUBLIC_LABELS;

const ThreePublicRowSchema = z.object({
  item: z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const hit = Object.entries(THREE_PUBLIC_LABELS).find(([, label]) => label === v.trim());
      return hit ? hit[0] : v.trim();
    },
    z.enum(['outbound', 'vehicle-purchase', 'vehicle-operation', 'reception']),
  ),
  /** 元, by budget (this year's 财政拨款). */
  general: YuanSchema.optional(),
  fund: YuanSchema.optional(),
  capital: YuanSchema.optional(),
  /** Last year's budget, 元. */
  prior: YuanSchema.optional(),
  reason: z.string().optional(),
});

export const ProjectNoteSchema = z.object({
  name: z.string().min(1),
  /** 项目承担单位 (defaults to the unit of its line items). */
  unit: z.string().optional(),
  /** 设立的政策依据. */
  basis: z.string().optional(),
  /** 资金分配情况: free text, and/or amounts by item (元). */
  allocation: z.string().optional(),
  allocationItems: z.array(z.object({ name: z.string(), amount: YuanSchema })).optional(),
  /** 资金执行时间. */
  period: z.string().optional(),
});
export type ProjectNote = z.infer<typeof ProjectNoteSchema>;

const IndicatorInputSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  value: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()),
  basis: z.string().optional(),
});

export const PerformanceInputSchema = z.object({
  kind: z.enum(['department', 'project']),
  unit: z.string().optional(),
  project: z.string().optional(),
  /** 项目负责人, 项目性质, 项目类别, 计划开始/完成日期 and 项目总目标, as the form prints them (上海). */
  manager: z.string().optional(),
  nature: z.string().optional(),
  category: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  projectGoal: z.string().optional(),
  goal: z.string(),
  indicators: z.array(IndicatorInputSchema).default([]),
});
export type PerformanceInput = z.infer<typeof PerformanceInputSchema>;

const Count = z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.int().nonnegative());

export const BudgetInputSchema = z.object({
  identity: z.object({
    department: z.string().min(1),
    year: z.preprocess((v) => (typeof v === 'string' ? Number(v) : v), z.int().min(1990).max(2100)),
    kind: z.literal('预算').default('预算'),
    scope: z.enum(['部门', '单位']).default('部门'),
    /** The unit the tables print (amounts are entered in 元 either way); default: the profile's. */
    unit: AmountUnitSchema.optional(),
    profile: z.string().default('xinjiang-2025'),
    signedDate: z.iso.date().optional(),
  }),
  overview: z
    .object({
      functions: z.array(z.string()).default([]),
      internalUnits: z.array(z.string()).default([]),
      staffing: z
        .object({
          authorized: Count.optional(),
          actual: Count.optional(),
          active: Count.optional(),
          retired: Count.optional(),
          separated: Count.optional(),
        })
        .default({}),
    })
    .default({ functions: [], internalUnits: [], staffing: {} }),
  /** 预算单位 in printed order (本级 first); units only named by line items follow. */
  units: z.array(z.string()).default([]),
  items: z.array(LineItemSchema),
  /**
   * Last year's budget (元) by subject key (see subjects.ts: 收入:一般公共预算, 支出:基本支出,
   * 一般公共预算:项目支出, 功能分类:2010301, 三公:公务接待费, 机关运行经费…).
   */
  prior: z.record(z.string(), YuanSchema).default({}),
  /** 主要原因 of each change, by the same subject keys. */
  reasons: z.record(z.string(), z.string()).default({}),
  threePublic: z.array(ThreePublicRowSchema).default([]),
  projects: z.array(ProjectNoteSchema).default([]),
  performance: z.array(PerformanceInputSchema).default([]),
  procurement: z
    .object({
      goods: YuanSchema.optional(),
      works: YuanSchema.optional(),
      services: YuanSchema.optional(),
      smeReserved: YuanSchema.optional(),
      smallMicroReserved: YuanSchema.optional(),
    })
    .optional(),
  assets: z
    .object({
      asOf: z.string().optional(),
      buildingArea: z.number().nonnegative().optional(),
      buildingValue: YuanSchema.optional(),
      vehicles: Count.optional(),
      vehicleValue: YuanSchema.optional(),
      furnitureValue: YuanSchema.optional(),
      otherValue: YuanSchema.optional(),
      largeEquipmentOver50: Count.optional(),
      largeEquipmentOver100: Count.optional(),
      plannedVehicles: Count.optional(),
      plannedEquipmentOver50: Count.optional(),
      plannedEquipmentOver100: Count.optional(),
    })
    .optional(),
  /** 机关运行经费, 元. */
  operatingCosts: YuanSchema.optional(),
  glossary: z.array(z.object({ term: z.string(), definition: z.string() })).default([]),
  /** Names of codes the catalog lacks (or prints differently), by code. */
  codeNames: z.record(z.string(), z.string()).default({}),
});
export type BudgetInput = z.infer<typeof BudgetInputSchema>;
/** What a caller writes (defaults not yet applied). */
export type BudgetInputDraft = z.input<typeof BudgetInputSchema>;
