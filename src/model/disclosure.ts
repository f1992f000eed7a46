import { z } from 'zod';
import { AmountUnitSchema } from './money.js';
import { NarrativeSchema } from './narrative.js';
import {
  AssetsSchema,
  OperatingCostsSchema,
  PerformanceOverviewSchema,
  ProcurementSchema,
} from './other-matters.js';
import { OverviewSchema } from './overview.js';
import { ParseWarningSchema } from './parse-warning.js';
import { PerformanceTargetSchema } from './performance.js';
import { ProjectSchema, UndisclosedSchema } from './project.js';
import { SummarySchema } from './summary.js';
import { TableSchema } from './table.js';

export const SCHEMA_VERSION = 1;

export const IdentitySchema = z.object({
  /** 编制部门 (or 编制单位 for a 单位预算); null when the document does not say. */
  department: z.string().nullable(),
  kind: z.enum(['预算', '决算']),
  /** 部门 (the department with its units) or 单位 (one unit). */
  scope: z.enum(['部门', '单位']),
  /** Fiscal year; null when the document does not say (a blank template). */
  year: z.int().min(1990).max(2100).nullable(),
  /** The unit most tables use; each table and fact states its own. */
  unit: AmountUnitSchema,
  /** Date signed at the end, ISO (2025-02-18). */
  signedDate: z.iso.date().optional(),
  /** The name signed at the end. */
  signedBy: z.string().optional(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const SourceSchema = z.object({
  /** File name as given (no directories). */
  file: z.string(),
  format: z.enum(['text', 'pdf', 'html', 'xlsx', 'xls', 'docx', 'json', 'workbook']),
  encoding: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.int().nonnegative().optional(),
  pages: z.int().nonnegative().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const GlossaryEntrySchema = z.object({ term: z.string(), definition: z.string() });
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** A department budget (预算) or final-accounts (决算) disclosure: everything the document says. */
export const DisclosureSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  /** The template the document follows (a profile id such as xinjiang-2025). */
  profile: z.string(),
  identity: IdentitySchema,
  overview: OverviewSchema,
  tables: z.array(TableSchema),
  narrative: NarrativeSchema,
  projects: z.array(ProjectSchema),
  undisclosed: z.array(UndisclosedSchema),
  operatingCosts: OperatingCostsSchema.optional(),
  procurement: ProcurementSchema.optional(),
  assets: AssetsSchema.optional(),
  performanceOverview: PerformanceOverviewSchema.optional(),
  performance: z.array(PerformanceTargetSchema),
  glossary: z.array(GlossaryEntrySchema),
  summary: SummarySchema,
  warnings: z.array(ParseWarningSchema),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;
