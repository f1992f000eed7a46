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
  /** 主管部门, where the table prints it beside the unit (上海: 实施单位 is `unit`). */
  department: z.string().optional(),
  /** 项目负责人. */
  manager: z.string().optional(),
  /** 项目性质 (上海: 阶段性项目, 经常性项目). */
  nature: z.string().optional(),
  /** 项目类别 (上海: 特定目标类, 其他运转类). */
  category: z.string().optional(),
  /** 计划开始日期 and 计划完成日期, as printed. */
  period: z.object({ start: z.string().optional(), end: z.string().optional() }).optional(),
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
    /** 上年结转资金 (part of the year's funds besides 当年财政拨款). */
    carryover: AmountSchema.optional(),
    /** The funds' unit when the table states 元 (上海: 项目资金（元）); absent: 万元. */
    unit: AmountUnitSchema.optional(),
  }),
  /**
   * The project's funds over its whole life, where the table prints them beside the year's
   * (上海: 项目资金总额, 其中：财政资金, 其他资金), in the unit of `funds`.
   */
  lifetimeFunds: z
    .object({
      total: AmountSchema.optional(),
      fiscal: AmountSchema.optional(),
      other: AmountSchema.optional(),
    })
    .optional(),
  /** 项目总体目标 / 年度绩效目标. */
  goal: z.string(),
  /** 项目总目标, where the table prints it beside the year's goal (上海: 年度总体目标 is `goal`). */
  projectGoal: z.string().optional(),
  indicators: z.array(IndicatorSchema),
  at: SourceRefSchema.optional(),
});
export type PerformanceTarget = z.infer<typeof PerformanceTargetSchema>;
