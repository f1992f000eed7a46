import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { SourceRefSchema } from './source-ref.js';

/** A target or a past result as printed, split where it has the form comparator + number + unit. */
export const IndicatorValueSchema = z.object({
  text: z.string(),
  comparator: z.enum(['=', '≥', '≤', '>', '<']).optional(),
  number: z.number().optional(),
  unit: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorSchema = z.object({
  /** 一级指标: 产出指标, 效益指标, 满意度指标, 成本指标, 履职效能… */
  level1: z.string(),
  /** 二级指标: 数量指标, 质量指标, 时效指标, 社会效益指标… */
  level2: z.string(),
  /** 三级指标 (the indicator's name). */
  name: z.string(),
  /** 指标值. */
  value: IndicatorValueSchema,
  /** 指标(值)设定依据. */
  basis: z.string().optional(),
  /** 上年完成值. */
  lastYear: IndicatorValueSchema.optional(),
  /** 指标分值权重. */
  weight: z.number().optional(),
  /** 指标赋分规则. */
  scoring: z.string().optional(),
  /** 佐证资料. */
  evidence: z.string().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A 绩效目标表: 部门整体 or 项目支出. Amounts in 万元 as the tables state. */
export const PerformanceTargetSchema = z.object({
  kind: z.enum(['department', 'project']),
  year: z.int().optional(),
  /** 预算单位 / 部门名称. */
  unit: z.string().optional(),
  project: z.string().optional(),
  /** 项目负责人. */
  manager: z.string().optional(),
  contact: z.object({ name: z.string().optional(), phone: z.string().optional() }).optional(),
  funds: z.object({
    /** 年度预算总额 / 年度资金总额 / 资金总额. */
    total: AmountSchema.optional(),
    /** 财政拨款 / 财政资金. */
    fiscal: AmountSchema.optional(),
    /** 上级安排 (财政资金). */
    upper: AmountSchema.optional(),
    /** 本级安排 (财政资金). */
    local: AmountSchema.optional(),
    /** 其他资金. */
    other: AmountSchema.optional(),
    /** The funds' unit when the table states 元 (上海: 项目资金（元）); absent: 万元. */
    unit: AmountUnitSchema.optional(),
  }),
  /** 项目总体目标 / 年度绩效目标. */
  goal: z.string(),
  indicators: z.array(IndicatorSchema),
  at: SourceRefSchema.optional(),
});
export type PerformanceTarget = z.infer<typeof PerformanceTargetSchema>;
