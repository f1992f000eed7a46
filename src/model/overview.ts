import { z } from 'zod';

/** A head count with its stated change on last year (negative for 减少). */
export const HeadcountSchema = z.object({
  count: z.int().nonnegative(),
  change: z.int().optional(),
});
export type Headcount = z.infer<typeof HeadcountSchema>;

/** 第一部分 部门概况. */
export const OverviewSchema = z.object({
  /** 主要职能, one entry per numbered item, numbering removed. */
  functions: z.array(z.string()),
  /** 内设机构 (处室/科室) as listed; count as stated. */
  internalUnits: z.object({
    count: z.int().nonnegative().optional(),
    names: z.array(z.string()),
  }),
  /** 下属预算单位 included in this budget. */
  budgetUnits: z.object({
    /** Stated count of subordinate units (下属 N 家), excluding the department itself. */
    subordinateCount: z.int().nonnegative().optional(),
    /** The units listed as included (本级 first where listed). */
    names: z.array(z.string()),
    administrative: z.int().nonnegative().optional(),
    institutional: z.int().nonnegative().optional(),
  }),
  staffing: z.object({
    /** 编制数. */
    authorized: z.int().nonnegative().optional(),
    /** 实有人数. */
    actual: z.int().nonnegative().optional(),
    /** 在职. */
    active: HeadcountSchema.optional(),
    /** 退休. */
    retired: HeadcountSchema.optional(),
    /** 离休. */
    separated: HeadcountSchema.optional(),
  }),
  /** The 机构设置及人员情况 text as printed, lines joined. */
  text: z.string().optional(),
});
export type Overview = z.infer<typeof OverviewSchema>;
