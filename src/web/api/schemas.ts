// Query parameters of the API as zod schemas: the routes validate with them and the OpenAPI
// document describes parameters from them, so the two cannot drift apart.
import { z } from 'zod';
import { TABLE_KINDS } from '../../model/table.js';
import { OUTCOMES, SEVERITIES } from '../../model/finding.js';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const year = int(1990, 2100).describe('fiscal year, e.g. 2025');
const kind = z.enum(['预算', '决算']).describe('预算 (budget) or 决算 (final accounts)');
const region = z.string().min(1).max(50).describe('region, e.g. 新疆, 上海');
const limit = (max: number, dflt: number) => int(1, max).default(dflt).describe(`at most ${max}`);
const offset = int(0, 10_000_000).default(0);

export const DepartmentsQuery = z.object({
  region: region.optional(),
  level: z.enum(['省级', '市级', '区县级']).optional(),
  q: z.string().max(100).optional().describe('part of the department name'),
  limit: limit(1000, 100),
  offset,
});

export const DisclosuresQuery = z.object({ limit: limit(500, 50) });

export const FactsQuery = z.object({
  year: year.optional(),
  region: region.optional(),
  kind: kind.optional(),
  table: z.enum(TABLE_KINDS).optional().describe('table kind'),
  code: z
    .string()
    .regex(
      /^\d{3}(\d{2}){0,2}\*?$/,
      'a classification code of 3, 5 or 7 digits, optionally ending in *',
    )
    .optional()
    .describe('row classification code (201), or a prefix ending in * (201*)'),
  column: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'a column id such as total, basic, project')
    .optional(),
  department: int(1, 2 ** 31 - 1)
    .optional()
    .describe('department id'),
  disclosure: int(1, 2 ** 31 - 1)
    .optional()
    .describe('disclosure version id'),
  limit: limit(10_000, 100),
  offset,
});

export const FindingsQuery = z.object({
  disclosure: int(1, 2 ** 31 - 1).optional(),
  rule: z.string().max(100).optional().describe('rule id'),
  outcome: z.enum(OUTCOMES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  limit: limit(10_000, 100),
  offset,
});

export const AggregateQuery = z.object({
  year,
  region: region.optional(),
  kind: kind.default('预算'),
});

export const SearchQuery = z.object({
  q: z.string().min(1, 'the search text is empty').max(100),
  limit: limit(200, 50),
});

export const CompareQuery = z.object({
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){1,9}$/, 'two to ten disclosure ids separated by commas')
    .describe('disclosure ids, comma-separated: 12,15'),
});

export const ExportQuery = z.object({
  year: year.optional(),
  region: region.optional(),
  kind: kind.optional(),
  department: int(1, 2 ** 31 - 1).optional(),
});
