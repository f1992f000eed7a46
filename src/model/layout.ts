import { z } from 'zod';

/**
 * What a file looks like, before any meaning: its lines in reading order. Text input gives lines
 * only; PDF input adds tokens with positions. Everything after ingest works on this.
 *
 * Token positions are in points on the page as displayed (rotation applied), from its top-left
 * corner: x0/x1 the left and right edges, y the baseline, growing downward. A token is a run of
 * text with no gap in it: one cell of a table row, a word, or a whole prose line.
 */
export const LayoutTokenSchema = z.object({
  /** Normalised text. */
  text: z.string(),
  x0: z.number(),
  x1: z.number(),
  /** Baseline; for a cell stacked on two text lines, the baseline of its first line. */
  y: z.number(),
  /** Font size in points. */
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
  /** PDF: the tokens left to right; the text joins them with one space where a gap separates them. */
  tokens: z.array(LayoutTokenSchema).optional(),
  /**
   * PDF: this line is the wrapped rest of a table cell of the line above (same column, no
   * numbers); it does not start a new row. Absent otherwise.
   */
  continues: z.literal(true).optional(),
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
