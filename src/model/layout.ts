import { z } from 'zod';

/**
 * What a file looks like, before any meaning: its lines in reading order. Text input gives lines
 * only; PDF input adds tokens with positions. Everything after ingest works on this.
 */
export const LayoutTokenSchema = z.object({
  text: z.string(),
  x0: z.number(),
  x1: z.number(),
  y: z.number(),
  size: z.number(),
});
export type LayoutToken = z.infer<typeof LayoutTokenSchema>;

export const LayoutLineSchema = z.object({
  /** Normalised text (see ingest/normalize). */
  text: z.string(),
  /** 1-based line number in the source text (or in the page-ordered extraction). */
  line: z.int().positive(),
  /** 1-based page, when known. */
  page: z.int().positive().optional(),
  tokens: z.array(LayoutTokenSchema).optional(),
});
export type LayoutLine = z.infer<typeof LayoutLineSchema>;

export const LayoutSchema = z.object({
  source: z.object({
    file: z.string(),
    format: z.enum(['text', 'pdf', 'html', 'xlsx', 'xls', 'docx']),
    encoding: z.string().optional(),
    sha256: z.string(),
    bytes: z.int().nonnegative(),
  }),
  pages: z.int().nonnegative(),
  lines: z.array(LayoutLineSchema),
});
export type Layout = z.infer<typeof LayoutSchema>;
