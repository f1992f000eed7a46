import { z } from 'zod';
import { FindingSchema, OutcomeSchema } from './finding.js';

export const OutcomeCountsSchema = z.record(OutcomeSchema, z.int().nonnegative());

/** Quality score 0–100 and its parts (weights documented in docs/score.md). */
export const ScoreSchema = z.object({
  total: z.number().min(0).max(100),
  completeness: z.number().min(0).max(100),
  consistency: z.number().min(0).max(100),
  narrative: z.number().min(0).max(100),
});
export type Score = z.infer<typeof ScoreSchema>;

/**
 * One input of a check run. An input that could not be read still has an entry, with its
 * `inputError` and no findings (exit code 2), never a thrown error.
 */
export const CheckEntrySchema = z.object({
  /** The file as given. */
  place: z.string(),
  identity: z
    .object({
      department: z.string().nullable(),
      year: z.int().nullable(),
      kind: z.enum(['预算', '决算']),
    })
    .optional(),
  inputError: z.object({ kind: z.string(), message: z.string() }).optional(),
  counts: OutcomeCountsSchema,
  /** Failing findings by severity. */
  errors: z.int().nonnegative(),
  warnings: z.int().nonnegative(),
  score: ScoreSchema.optional(),
  /** Parse warnings of the document (placement uncertainty and the like). */
  parseWarnings: z.int().nonnegative(),
  findings: z.array(FindingSchema),
  /** Obligations the checker could not evaluate (never counted as passed). */
  notEvaluated: z.array(z.string()),
});
export type CheckEntry = z.infer<typeof CheckEntrySchema>;

export const CheckReportSchema = z.object({
  version: z.literal(1),
  rules: z.int().nonnegative(),
  entries: z.array(CheckEntrySchema),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;
