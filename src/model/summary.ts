import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';

const MaybeAmount = AmountSchema.nullable();

/**
 * Key figures computed from the tables, in `unit`. null: the document does not give the figure
 * (its table is absent or its cell could not be placed). The names are a public contract.
 */
export const SummarySchema = z.object({
  unit: AmountUnitSchema,
  /** 收支总计. */
  total: MaybeAmount,
  /** 基本支出 (all funds). */
  basic: MaybeAmount,
  /** 项目支出 (all funds). */
  project: MaybeAmount,
  /** 人员经费 of the 一般公共预算基本支出. */
  personnel: MaybeAmount,
  /** 公用经费 of the 一般公共预算基本支出. */
  publicUse: MaybeAmount,
  /** 一般公共预算拨款 of this year. */
  generalBudget: MaybeAmount,
  threePublic: z.object({
    unit: AmountUnitSchema,
    total: MaybeAmount,
    outbound: MaybeAmount,
    vehiclePurchase: MaybeAmount,
    vehicleOperation: MaybeAmount,
    reception: MaybeAmount,
  }),
  /** 支出 by 功能分类 类 code. */
  byFunctionClass: z.record(z.string().regex(/^\d{3}$/), AmountSchema),
});
export type Summary = z.infer<typeof SummarySchema>;
