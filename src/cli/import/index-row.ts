// One line of the import index: what became of one input file. Plain data (it crosses the
// worker boundary and is written to index.json, index.csv and index.partial.jsonl).
import { z } from 'zod';

export const IMPORT_STATUSES = [
  'ok', // parsed, no parse or ingest warnings
  'parse-warnings', // parsed; something could not be read with certainty (see the Disclosure)
  'failed', // not parsed: reason says why
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Why a file failed: an InputError kind, or 'timeout', 'out-of-memory', 'crashed', 'internal'. */
export const FailureSchema = z.object({ kind: z.string(), message: z.string() });
export type Failure = z.infer<typeof FailureSchema>;

/** What the worker learns about a file (everything but where it came from and how long it took). */
export const FileOutcomeSchema = z.object({
  department: z.string().nullable(),
  kind: z.enum(['预算', '决算']).nullable(),
  year: z.int().nullable(),
  /** summary.total (收支总计) in `unit`; null when the document does not give it. */
  total: z.number().nullable(),
  unit: z.string().nullable(),
  /** Failing check findings of severity error / warning; null when not checked. */
  errors: z.int().nonnegative().nullable(),
  warnings: z.int().nonnegative().nullable(),
  /** The Disclosure's parse warnings plus what ingest could not read (pages, sheets). */
  parseWarnings: z.int().nonnegative().nullable(),
  status: z.enum(IMPORT_STATUSES),
  /** Set when status is failed; also when parsing worked but checking threw (kind internal). */
  reason: FailureSchema.nullable(),
  /** Input format as read (pdf, text, xlsx…; json for a Disclosure JSON); null when unknown. */
  format: z.string().nullable(),
  /** Pages read (PDF pages, sheets); null when the file was not read. */
  pages: z.int().nonnegative().nullable(),
});
export type FileOutcome = z.infer<typeof FileOutcomeSchema>;

export const IndexRowSchema = z.object({
  /** The input file as found (the path given, or joined under the directory given). */
  file: z.string(),
  /** The Disclosure JSON written for it, relative to the output directory; null when failed. */
  output: z.string().nullable(),
  ...FileOutcomeSchema.shape,
  /** Wall time from handing the file to a worker to its answer. */
  seconds: z.number().nonnegative(),
});
export type IndexRow = z.infer<typeof IndexRowSchema>;

export const ImportIndexSchema = z.object({
  version: z.literal(1),
  /** false when the run was interrupted: the rows are the files finished by then. */
  complete: z.boolean(),
  started: z.iso.datetime(),
  seconds: z.number().nonnegative(),
  /** Files found to import (more than the documents listed when the run was interrupted). */
  inputs: z.int().nonnegative(),
  counts: z.object({
    /** Documents listed below. */
    files: z.int().nonnegative(),
    ok: z.int().nonnegative(),
    parseWarnings: z.int().nonnegative(),
    failed: z.int().nonnegative(),
  }),
  /** In input order (sorted paths), not in the order the workers finished them. */
  documents: z.array(IndexRowSchema),
});
export type ImportIndex = z.infer<typeof ImportIndexSchema>;

/** The row of a file that failed before or outside any parse. */
export function failedOutcome(reason: Failure, more: Partial<FileOutcome> = {}): FileOutcome {
  return {
    department: null,
    kind: null,
    year: null,
    total: null,
    unit: null,
    errors: null,
    warnings: null,
    parseWarnings: null,
    format: null,
    pages: null,
    ...more,
    status: 'failed',
    reason,
  };
}
