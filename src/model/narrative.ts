import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { PercentSchema } from './percent.js';
import { SourceRefSchema } from './source-ref.js';

/** A numbered part of the 情况说明 (or of 其他重要事项), with its text as printed, lines joined. */
export const NarrativeSectionSchema = z.object({
  /** Printed number: 一, 十二, （三）, 1. */
  number: z.string(),
  title: z.string(),
  /** Number of the enclosing section, for subsections such as 十二 → （一）. */
  parent: z.string().optional(),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type NarrativeSection = z.infer<typeof NarrativeSectionSchema>;

/** Funding sources as the 收入 narrative and 收支总体 name them. */
export const REVENUE_SOURCES = [
  'general', // 一般公共预算（拨款）
  'general-transfer', // 上级一般公共预算安排的转移支付
  'fund', // 政府性基金预算
  'fund-transfer', // 上级政府性基金安排的转移支付
  'capital', // 国有资本经营预算
  'capital-transfer', // 上级国有资本经营预算安排的转移支付
  'special-account', // 财政专户（教育收费）/ 财政专户管理资金
  'unit-funds', // 单位资金
  'business-income', // 事业收入
  'business-operating', // 事业单位经营收入
  'unit-other', // 单位其他资金收入 / 其他收入
  'fiscal', // 财政拨款（补助）as a whole
  'carryover-fiscal', // 财政拨款结转
  'carryover-nonfiscal', // 非财政拨款结转结余
  'carryover', // 上年结转结余 as a whole
] as const;
export const RevenueSourceSchema = z.enum(REVENUE_SOURCES);
export type RevenueSource = z.infer<typeof RevenueSourceSchema>;

export const THREE_PUBLIC_ITEMS = [
  'total',
  'outbound', // 因公出国（境）费
  'vehicle', // 公务用车购置及运行费
  'vehicle-purchase', // 公务用车购置费
  'vehicle-operation', // 公务用车运行（维护）费
  'reception', // 公务接待费
] as const;
export const ThreePublicItemSchema = z.enum(THREE_PUBLIC_ITEMS);
export type ThreePublicItem = z.infer<typeof ThreePublicItemSchema>;

/** What a narrative figure is about, so that it can be compared with a table cell. */
export const FactSubjectSchema = z.discriminatedUnion('kind', [
  /** 收支总预算 / 收入预算 / 支出预算 / 财政拨款收支总预算 / 一般公共预算拨款合计 (see scope). */
  z.object({ kind: z.literal('total'), side: z.enum(['revenue', 'expenditure', 'both']) }),
  z.object({ kind: z.literal('revenue'), source: RevenueSourceSchema }),
  z.object({ kind: z.literal('expenditure'), type: z.enum(['basic', 'project']) }),
  /** A 功能分类 line; code when the text or the catalog gives it. */
  z.object({
    kind: z.literal('function'),
    level: z.enum(['类', '款', '项']),
    code: z.string().optional(),
    /** The names as printed, outermost first: [类, 款, 项]. */
    path: z.array(z.string()),
  }),
  z.object({ kind: z.literal('economic-group'), group: z.enum(['personnel', 'public-use']) }),
  z.object({ kind: z.literal('three-public'), item: ThreePublicItemSchema }),
  z.object({ kind: z.literal('operating-costs') }),
  z.object({ kind: z.literal('carryover'), source: z.enum(['all', 'fiscal', 'nonfiscal']) }),
]);
export type FactSubject = z.infer<typeof FactSubjectSchema>;

/**
 * Which money a statement measures. The same subject is stated against different bases: 基本支出
 * of all funds (支出预算情况说明) and 基本支出 of the 一般公共预算 (当年拨款情况说明).
 */
export const FactScopeSchema = z.enum(['all', 'fiscal', 'general-budget', 'three-public']);
export type FactScope = z.infer<typeof FactScopeSchema>;

export const ChangeSchema = z.object({
  direction: z.enum(['increase', 'decrease', 'unchanged']),
  /** The change in the fact's unit, unsigned (direction carries the sign). */
  amount: AmountSchema.optional(),
  /** 增长/下降 y%, unsigned. */
  percent: PercentSchema.optional(),
  /** What it is compared with, as printed: 上年预算, 上年, 上年决算. */
  against: z.string().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** One stated figure of the 情况说明: "<subject> X万元，占 y%，比上年预算增加 z万元，增长 w%，主要原因是…". */
export const NarrativeFactSchema = z.object({
  /** Number of the section it was read in (see NarrativeSection.number). */
  section: z.string(),
  /** Number of the enclosing section when `section` is a subsection (五 for 五（三）). */
  parent: z.string().optional(),
  subject: FactSubjectSchema,
  scope: FactScopeSchema,
  unit: AmountUnitSchema,
  amount: AmountSchema.optional(),
  /** 占 y% of the scope's total. */
  share: PercentSchema.optional(),
  change: ChangeSchema.optional(),
  reason: z.string().optional(),
  /** Stated as not arranged (未安排) rather than as an amount. */
  notArranged: z.boolean().optional(),
  /**
   * 决算: the budget the spent amount is set against ("年初预算为X万元，支出决算为Y万元，完成年初预算的
   * z%"): `amount` is then the 决算数, this the 年初预算 and the stated completion rate.
   */
  budget: z
    .object({ amount: AmountSchema.optional(), completion: PercentSchema.optional() })
    .optional(),
  /**
   * 上海: last year's execution the line is set against ("2025年当年预算执行数为X万元，2026年预算安排
   * Y万元，比2025年预算执行数增加z%"): X, the year, the restated Y and the change against X.
   */
  execution: z
    .object({
      year: z.number().int().optional(),
      amount: AmountSchema,
      planned: AmountSchema.optional(),
      change: ChangeSchema.optional(),
    })
    .optional(),
  /** The sentence the figures were read from. */
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type NarrativeFact = z.infer<typeof NarrativeFactSchema>;

export const NarrativeSchema = z.object({
  sections: z.array(NarrativeSectionSchema),
  facts: z.array(NarrativeFactSchema),
});
export type Narrative = z.infer<typeof NarrativeSchema>;
