import { z } from 'zod';
import { FindingSchema, OutcomeSchema } from './finding.js';

export const OutcomeCountsSchema = z.record(OutcomeSchema, z.int().nonnegative());

const ScorePartSchema = z.number().min(0).max(100).nullable();

/**
 * Quality score 0–100 and its parts (weights documented in docs/score.md). A part is null when
 * none of its checks could be evaluated: "could not check" is never scored as passed.
 */
export const ScoreSchema = z.object({
  total: z.number().min(0).max(100),
  completeness: ScorePartSchema,
  consistency: ScorePartSchema,
  narrative: ScorePartSchema,
  /** Finding counts by outcome behind each part (insufficient_data is reported, not scored). */
  breakdown: z
    .object({
      completeness: OutcomeCountsSchema,
      consistency: OutcomeCountsSchema,
      narrative: OutcomeCountsSchema,
    })
    .optional(),
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
  /**
   * Every finding that is not a pass, and the completeness findings of every outcome (the
   * obligations ledger lists what was met too); with `check --all`, every pass as well.
   */
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
