import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { ChangeSchema } from './narrative.js';
import { SourceRefSchema } from './source-ref.js';

/** 机关运行经费 (单位运行经费). */
export const OperatingCostsSchema = z.object({
  amount: AmountSchema.optional(),
  unit: AmountUnitSchema,
  change: ChangeSchema.optional(),
  reason: z.string().optional(),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type OperatingCosts = z.infer<typeof OperatingCostsSchema>;

/** 政府采购. */
export const ProcurementSchema = z.object({
  unit: AmountUnitSchema,
  total: AmountSchema.optional(),
  goods: AmountSchema.optional(),
  works: AmountSchema.optional(),
  services: AmountSchema.optional(),
  /** 面向中小企业预留. */
  smeReserved: AmountSchema.optional(),
  /** 其中面向小微企业预留. */
  smallMicroReserved: AmountSchema.optional(),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type Procurement = z.infer<typeof ProcurementSchema>;

const CountValueSchema = z.object({
  count: z.int().nonnegative().optional(),
  value: AmountSchema.optional(),
});

/** 国有资产占用使用情况. */
export const AssetsSchema = z.object({
  unit: AmountUnitSchema,
  /** As printed: 截至 2024年底. */
  asOf: z.string().optional(),
  buildings: z
    .object({ area: z.number().nonnegative().optional(), value: AmountSchema.optional() })
    .optional(),
  vehicles: CountValueSchema.extend({
    byKind: z.array(CountValueSchema.extend({ kind: z.string() })),
  }).optional(),
  furniture: z.object({ value: AmountSchema.optional() }).optional(),
  other: z.object({ value: AmountSchema.optional() }).optional(),
  /** 单位价值 50/100 万元以上大型设备 (台/套). */
  largeEquipment: z
    .object({
      over50: z.int().nonnegative().optional(),
      over100: z.int().nonnegative().optional(),
    })
    .optional(),
  /** What this year's budget plans to buy. */
  planned: z
    .object({
      /** 购置车辆经费: 0 when stated as 未安排. */
      vehicleFunds: AmountSchema.optional(),
      vehicles: z.int().nonnegative().optional(),
      largeEquipmentOver50: z.int().nonnegative().optional(),
      largeEquipmentOver100: z.int().nonnegative().optional(),
      text: z.string(),
    })
    .optional(),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type Assets = z.infer<typeof AssetsSchema>;

/** 预算绩效情况: the counts and amounts stated before the 绩效目标表. */
export const PerformanceOverviewSchema = z.object({
  unit: AmountUnitSchema,
  /** 部门整体绩效目标 count and its amount. */
  departmentTargets: z.int().nonnegative().optional(),
  departmentAmount: AmountSchema.optional(),
  /** Projects with 绩效目标 (实行绩效管理的项目). */
  projectCount: z.int().nonnegative().optional(),
  projectAmount: AmountSchema.optional(),
  fiscalProjectAmount: AmountSchema.optional(),
  nonFiscalProjectAmount: AmountSchema.optional(),
  text: z.string(),
  at: SourceRefSchema.optional(),
});
export type PerformanceOverview = z.infer<typeof PerformanceOverviewSchema>;
