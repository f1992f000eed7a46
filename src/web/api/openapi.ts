// The OpenAPI 3.1 document of /api. Query parameters are generated from the same zod schemas the
// routes validate with; response shapes are described by hand, briefly.
import { z } from 'zod';
import {
  AggregateQuery,
  CompareQuery,
  DepartmentsQuery,
  DisclosuresQuery,
  ExportQuery,
  FactsQuery,
  FindingsQuery,
  SearchQuery,
} from './schemas.js';

type Params = Record<string, unknown>[];

function queryParams(schema: z.ZodObject): Params {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, {
      io: 'output',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    const { description, $schema: _s, ...rest } = json;
    const required = !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: 'query', required, ...(description ? { description } : {}), schema: rest };
  });
}

const idParam = (what: string): Params => [
  {
    name: 'id',
    in: 'path',
    required: true,
    description: `${what} id`,
    schema: { type: 'integer', minimum: 1 },
  },
];

function op(
  summary: string,
  parameters: Params,
  description: string,
  contentType = 'application/json',
) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description, content: { [contentType]: {} } },
        400: { $ref: '#/components/responses/BadRequest' },
        404: { $ref: '#/components/responses/NotFound' },
      },
    },
  };
}

export function openApiDocument(origin: string): Record<string, unknown> {
  const error = {
    description: 'error',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['error', 'message'],
          properties: {
            error: { type: 'string' },
            message: { type: 'string' },
            issues: {
              type: 'array',
              items: {
                type: 'object',
                properties: { parameter: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'yusuan 预算公开 API',
      version: '1',
      description:
        'Read-only access to published department budget (预算) and final-accounts (决算) disclosures: departments, disclosures and their tables, table cells (facts) with filters, check findings, aggregates, search, and bulk export (CSV, Fiscal Data Package). Amounts are numbers in the unit stated beside them (万元 or 元), with at most two decimals.',
    },
    servers: [{ url: `${origin}/api` }],
    paths: {
      '/regions': op('Regions with department counts by level', [], '{regions: RegionRow[]}'),
      '/departments': op(
        'Departments',
        queryParams(DepartmentsQuery),
        '{departments: DepartmentRow[]}',
      ),
      '/departments/{id}': op(
        'A department with its disclosures (latest versions)',
        idParam('department'),
        'DepartmentDetail',
      ),
      '/departments/{id}/trends': op(
        'Key figures of a department by year',
        idParam('department'),
        '{department, trends: TrendPoint[]}',
      ),
      '/disclosures': op(
        'Latest disclosures, newest first',
        queryParams(DisclosuresQuery),
        '{disclosures: DisclosureMeta[]}',
      ),
      '/disclosures/{id}': op(
        'A disclosure version: metadata and the whole Disclosure',
        idParam('disclosure'),
        '{meta, disclosure}',
      ),
      '/disclosures/{id}/versions': op(
        'Every version of the disclosure, oldest first',
        idParam('disclosure'),
        '{versions: DisclosureMeta[]}',
      ),
      '/disclosures/{id}/tables': op(
        "The disclosure's tables as parsed",
        idParam('disclosure'),
        '{id, tables: Table[]}',
      ),
      '/disclosures/{id}/findings': op(
        'Check findings stored with the version',
        idParam('disclosure'),
        '{id, counts, findings: FindingRow[]}',
      ),
      '/facts': op(
        'Table cells with filters (latest versions unless disclosure is given)',
        queryParams(FactsQuery),
        '{facts: TableFactRow[]}',
      ),
      '/findings': op(
        'Check findings with filters',
        queryParams(FindingsQuery),
        '{findings: FindingRow[]}',
      ),
      '/aggregate': op(
        'Totals across departments by 功能分类 and 三公 for a region and year',
        queryParams(AggregateQuery),
        'AggregateResult',
      ),
      '/compare': op(
        '功能分类 lines of several disclosures side by side',
        queryParams(CompareQuery),
        'CompareResult',
      ),
      '/search': op(
        'Full-text search over departments, projects, indicators and narrative',
        queryParams(SearchQuery),
        '{q, hits: SearchHit[]}',
      ),
      '/export.csv': op(
        'Every table cell as CSV (UTF-8 with BOM)',
        queryParams(ExportQuery),
        'CSV',
        'text/csv',
      ),
      '/datapackage.json': op(
        'Fiscal Data Package describing export.csv with the same filters',
        queryParams(ExportQuery),
        'datapackage.json',
      ),
    },
    components: {
      responses: {
        BadRequest: { ...error, description: 'a query parameter is invalid; issues name it' },
        NotFound: { ...error, description: 'no such id' },
      },
    },
  };
}
