import { z } from 'zod';
import { SourceRefSchema } from './source-ref.js';

/**
 * Something the parser saw but could not place with certainty, or a structural oddity. Codes are
 * stable (tests and users filter on them); the message says what was seen and where.
 */
export const PARSE_WARNING_CODES = [
  'column-ambiguous', // a number's column could not be determined from the table's arithmetic
  'row-unbalanced', // no placement of a row's numbers satisfies the row's own equations
  'table-missing', // a table the profile expects was not found
  'table-unrecognised', // a block looks like a table but matches no spec
  'row-unrecognised', // a table line that could not be read as a row
  'code-unknown', // a classification code absent from the catalog (kept, not dropped)
  'name-mismatch', // a code's printed name differs from the catalog name
  'section-missing', // an expected narrative part is absent
  'field-unplaced', // a narrative or project field that could not be attached
  'indicator-unparsed', // a performance indicator cell that could not be split
  'text-unplaced', // text the parser kept but could not assign to a part of the model
  'identity-unknown', // the document's department, year or kind could not be read
  'input-truncated', // the input ends in the middle of a part
  'no-figures', // the tables were found but print no number at all (a blank template)
] as const;
export const ParseWarningCodeSchema = z.enum(PARSE_WARNING_CODES);
export type ParseWarningCode = z.infer<typeof ParseWarningCodeSchema>;

export const ParseWarningSchema = z.object({
  code: ParseWarningCodeSchema,
  message: z.string(),
  /** Table kind (spec id) and printed number, when the warning is about a table. */
  table: z.string().optional(),
  tableNumber: z.string().optional(),
  /** Row key or printed row label. */
  row: z.string().optional(),
  column: z.string().optional(),
  at: SourceRefSchema.optional(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;
