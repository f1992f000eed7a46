// A Fiscal Data Package (frictionless data, FDP 1.0): datapackage.json describing facts.csv, the
// flat export, with each field's columnType. Units differ between tables (万元 / 元), so the
// package's value column is amount_yuan (exact: 万元 × 10,000), with the printed amount and unit
// kept beside it.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { ExportFilter, Store } from '../store.js';
import { exportCsv } from './csv.js';

export const FDP_RESOURCE = 'facts.csv';

type Field = {
  name: string;
  type: string;
  title: string;
  columnType?: string;
  [k: string]: unknown;
};

const FIELDS: Field[] = [
  {
    name: 'department',
    type: 'string',
    title: '部门',
    columnType: 'administrative-classification:generic:level1:label',
  },
  { name: 'region', type: 'string', title: '地区', columnType: 'geo:generic:level1:label' },
  { name: 'level', type: 'string', title: '级次' },
  { name: 'year', type: 'integer', title: '年度', columnType: 'date:fiscal-year' },
  { name: 'kind', type: 'string', title: '预算/决算' },
  { name: 'disclosure_id', type: 'integer', title: '公开文件编号' },
  { name: 'version', type: 'integer', title: '版本' },
  { name: 'table_kind', type: 'string', title: '表' },
  { name: 'table_number', type: 'string', title: '表号' },
  { name: 'row_code', type: 'string', title: '科目编码' },
  { name: 'row_level', type: 'string', title: '类/款/项' },
  { name: 'row_name', type: 'string', title: '项目' },
  { name: 'budget_unit', type: 'string', title: '单位' },
  { name: 'project', type: 'string', title: '项目名称' },
  { name: 'column', type: 'string', title: '栏目' },
  { name: 'amount', type: 'number', title: '金额（按表内单位）' },
  { name: 'unit', type: 'string', title: '单位（万元/元）' },
  {
    name: 'amount_yuan',
    type: 'number',
    title: '金额（元）',
    columnType: 'value',
    currency: 'CNY',
  },
];

export interface FdpOptions {
  name?: string;
  title?: string;
  filter?: ExportFilter;
}

/** The datapackage.json descriptor. */
export function fdpDescriptor(opts: FdpOptions = {}): Record<string, unknown> {
  const phase =
    opts.filter?.kind === '决算'
      ? 'executed'
      : opts.filter?.kind === '预算'
        ? 'proposed'
        : undefined;
  return {
    profile: 'fiscal-data-package',
    name: opts.name ?? 'yusuan-disclosures',
    title: opts.title ?? '部门预算决算公开数据',
    countryCode: 'CN',
    created: new Date().toISOString(),
    resources: [
      {
        name: 'facts',
        path: FDP_RESOURCE,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: FIELDS.map((f) =>
            f.columnType === 'value'
              ? { ...f, direction: 'expenditure', ...(phase ? { phase } : {}) }
              : f,
          ),
        },
      },
    ],
  };
}

/** Writes datapackage.json and facts.csv into `dir`; returns the number of fact rows. */
export async function writeFiscalDataPackage(
  store: Store,
  dir: string,
  opts: FdpOptions = {},
): Promise<number> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'datapackage.json'),
    `${JSON.stringify(fdpDescriptor(opts), null, 2)}\n`,
  );
  const out = createWriteStream(join(dir, FDP_RESOURCE));
  let lines = -1;
  try {
    for await (const line of exportCsv(store.exportRows(opts.filter))) {
      lines += 1;
      if (!out.write(line)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return lines;
}
