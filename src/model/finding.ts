import { z } from 'zod';
import { AmountSchema, AmountUnitSchema } from './money.js';
import { TableKindSchema } from './table.js';

/**
 * What a rule concluded about one place of a disclosure. `not_applicable` (the document has
 * nothing the rule is about) and `insufficient_data` (it has, but the parse left it uncertain)
 * are counted apart from `pass`: "could not check" is never "passed".
 */
export const OUTCOMES = [
  'pass',
  'fail',
  'rounding',
  'not_applicable',
  'insufficient_data',
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const RULE_CATEGORIES = [
  'table', // arithmetic inside one table
  'cross-table', // the same money in two tables
  'narrative', // the 情况说明 against the tables and itself
  'completeness', // what a disclosure must contain
  'classification', // codes and names against the 政府收支分类科目
  'presentation', // template residue, units, formatting
] as const;
export const RuleCategorySchema = z.enum(RULE_CATEGORIES);
export type RuleCategory = z.infer<typeof RuleCategorySchema>;

export const FindingLocationSchema = z.object({
  table: TableKindSchema.optional(),
  tableNumber: z.string().optional(),
  /** Row key: a classification code, an item id, 'total', or unit/project names. */
  row: z.string().optional(),
  rowName: z.string().optional(),
  column: z.string().optional(),
  /** Narrative section number (五, （三）) when the finding is about the 情况说明. */
  section: z.string().optional(),
  /** What a completeness or narrative finding is about (三公, 政府采购, 名词解释…). */
  subject: z.string().optional(),
  page: z.int().positive().optional(),
  line: z.int().positive().optional(),
});
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: OutcomeSchema,
  severity: SeveritySchema,
  category: RuleCategorySchema,
  location: FindingLocationSchema,
  /** Numbers in `unit` (个 for counts of tables or projects; percentages: unit absent). */
  expected: AmountSchema.optional(),
  actual: AmountSchema.optional(),
  /** actual − expected. */
  difference: AmountSchema.optional(),
  unit: z.union([AmountUnitSchema, z.literal('个')]).optional(),
  /** For findings about text rather than numbers. */
  expectedText: z.string().optional(),
  actualText: z.string().optional(),
  /** Rule-specific detail (the parts summed, the phrase found). */
  note: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
