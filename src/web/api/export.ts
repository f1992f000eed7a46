// Bulk export: every table cell with its context as one CSV, and the same CSV described as a
// Fiscal Data Package (datapackage.json, Frictionless Data Package with the fiscal profile's
// column mapping), so the data can be taken away and re-used.
import type { ExportFilter, ExportRow, Store } from '../../store/index.js';
import { CSV_BOM, csvLine } from '../csv.js';

export const EXPORT_COLUMNS: readonly { name: keyof ExportRow; type: string; title: string }[] = [
  { name: 'department', type: 'string', title: '部门' },
  { name: 'region', type: 'string', title: '地区' },
  { name: 'level', type: 'string', title: '层级' },
  { name: 'year', type: 'integer', title: '年度' },
  { name: 'kind', type: 'string', title: '预算/决算' },
  { name: 'disclosureId', type: 'integer', title: '公开文件版本编号' },
  { name: 'version', type: 'integer', title: '版本' },
  { name: 'tableKind', type: 'string', title: '表' },
  { name: 'tableNumber', type: 'string', title: '表号' },
  { name: 'rowCode', type: 'string', title: '科目编码' },
  { name: 'rowLevel', type: 'string', title: '科目级次' },
  { name: 'rowName', type: 'string', title: '行名称' },
  { name: 'budgetUnit', type: 'string', title: '预算单位' },
  { name: 'project', type: 'string', title: '项目' },
  { name: 'column', type: 'string', title: '列' },
  { name: 'amount', type: 'number', title: '金额' },
  { name: 'unit', type: 'string', title: '金额单位' },
];

/** The CSV, streamed in batches as the store yields rows. */
export function exportCsv(store: Store, filter: ExportFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<ExportRow> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(EXPORT_COLUMNS.map((c) => c.name))));
    },
    async pull(controller) {
      iterator ??= store.exportRows(filter)[Symbol.asyncIterator]();
      let chunk = '';
      for (let i = 0; i < 1000; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(EXPORT_COLUMNS.map((c) => next.value[c.name] as string | number | null));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/** datapackage.json for the export CSV at `csvPath` (relative to the package's URL). */
export function dataPackage(csvPath: string, filter: ExportFilter): Record<string, unknown> {
  const scope = [filter.region, filter.year, filter.kind].filter(Boolean).join(' ');
  return {
    profile: 'fiscal-data-package',
    name: 'yusuan-disclosures',
    title: `部门预算、决算公开表格数据${scope ? `（${scope}）` : ''}`,
    description:
      'Every cell of the standard tables of the published department budget (预算) and final-accounts (决算) disclosures, latest versions, one row per cell. Amounts are in the unit given on each row (万元 or 元).',
    licenses: [{ name: 'other-open', title: 'Published government information' }],
    created: new Date().toISOString(),
    resources: [
      {
        name: 'table-cells',
        path: csvPath,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        profile: 'tabular-data-resource',
        schema: {
          fields: EXPORT_COLUMNS.map((c) => ({ name: c.name, type: c.type, title: c.title })),
        },
      },
    ],
    model: {
      measures: { amount: { source: 'amount', currency: 'CNY', title: '金额（单位见 unit 列）' } },
      dimensions: {
        administrative: {
          dimensionType: 'entity',
          primaryKey: ['department'],
          attributes: {
            department: { source: 'department' },
            region: { source: 'region' },
            level: { source: 'level' },
          },
        },
        date: {
          dimensionType: 'datetime',
          primaryKey: ['year'],
          attributes: { year: { source: 'year' } },
        },
        phase: {
          dimensionType: 'phase',
          primaryKey: ['kind'],
          attributes: { kind: { source: 'kind' } },
        },
        classification: {
          dimensionType: 'classification',
          primaryKey: ['rowCode'],
          attributes: {
            rowCode: { source: 'rowCode' },
            rowName: { source: 'rowName', labelfor: 'rowCode' },
          },
        },
        table: {
          dimensionType: 'other',
          primaryKey: ['tableKind', 'column'],
          attributes: { tableKind: { source: 'tableKind' }, column: { source: 'column' } },
        },
      },
    },
  };
}
