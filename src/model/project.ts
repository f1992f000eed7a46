import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { SourceRefSchema } from './source-ref.js';

export const AllocationItemSchema = z.object({
  name: z.string(),
  amount: AmountSchema.optional(),
});
export type AllocationItem = z.infer<typeof AllocationItemSchema>;

/** A project as the 项目支出情况说明 describes it. */
export const ProjectSchema = z.object({
  /** Printed number in the list: （一）, 1. */
  number: z.string().optional(),
  name: z.string(),
  /** 设立的政策依据. */
  basis: z.string().optional(),
  /** 预算安排规模. */
  scale: AmountSchema.optional(),
  unit: AmountUnitSchema,
  /** 项目承担单位. */
  owner: z.string().optional(),
  /** 资金分配情况: the text and the amounts it lists. */
  allocation: z
    .object({
      text: z.string(),
      items: z.array(AllocationItemSchema),
    })
    .optional(),
  /** 资金执行时间, as printed. */
  period: z.string().optional(),
  at: SourceRefSchema.optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** Projects or funds withheld from publication (涉密 / 不予公开), as stated. */
export const UndisclosedSchema = z.object({
  kind: z.enum(['涉密', '不予公开']),
  count: z.int().nonnegative().optional(),
  amount: AmountSchema.optional(),
  unit: AmountUnitSchema,
  /** What is withheld: projects, their 绩效目标表, a carry-over item. */
  what: z.enum(['projects', 'performance-targets', 'carryover']),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type Undisclosed = z.infer<typeof UndisclosedSchema>;
