// `yusuan template`: the fillable workbook (exceljs). Headers from workbook-sheets.ts, drop-down
// lists for 资金来源 / 支出类型 / 三公 items, the code lists on a hidden sheet, and one or two
// example rows — or, given a BudgetInput, that input's data (the round trip the tests use).
import type { Workbook, Worksheet } from 'exceljs';
import { catalogCodes } from './catalog-lists.js';
import type { BudgetInput, BudgetInputDraft } from './schema.js';
import { THREE_PUBLIC_LABELS } from './schema.js';
import { EXPENSE_TYPES, SOURCES } from './sources.js';
import { fixedSubjectKeys } from './subjects.js';
import {
  ASSET_KEYS,
  INFO_KEYS,
  LISTS_SHEET,
  PROCUREMENT_KEYS,
  SHEETS,
  type SheetDef,
} from './workbook-sheets.js';

export { SHEETS };

type Value = string | number | undefined;
/** Rows of values by field id. */
type Rows = Record<string, Value>[];

const EXAMPLE: BudgetInputDraft = {
  identity: {
    department: '示例部门',
    year: new Date().getFullYear() + 1,
    profile: 'xinjiang-2025',
  },
  units: ['示例部门（本级）'],
  items: [
    {
      unit: '示例部门（本级）',
      functionCode: '2010301',
      economicCode: '30101',
      source: '一般公共预算',
      type: '人员经费',
      amount: 1000000,
    },
    {
      unit: '示例部门（本级）',
      functionCode: '2010399',
      economicCode: '30201',
      source: '一般公共预算',
      type: '项目',
      project: '示例项目',
      amount: 200000,
    },
  ],
};

function addSheet(wb: Workbook, def: SheetDef, rows: Rows): Worksheet {
  const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = def.columns.map((c) => ({ header: c.header, key: c.id, width: c.width ?? 18 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  return ws;
}

function listValidation(ws: Worksheet, column: number, formula: string): void {
  const letter = ws.getColumn(column).letter;
  const dv = (ws as unknown as { dataValidations?: { add: (r: string, v: unknown) => void } })
    .dataValidations;
  const rule = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true };
  if (dv) dv.add(`${letter}2:${letter}2000`, rule);
}

function infoRows(d: BudgetInputDraft, blanks: boolean): Rows {
  const id = d.identity;
  const rows: Rows = [
    { key: '部门', value: id.department },
    { key: '年度', value: id.year as number },
  ];
  if (id.scope) rows.push({ key: '范围', value: id.scope });
  if (id.unit) rows.push({ key: '单位', value: id.unit });
  if (id.profile) rows.push({ key: '模板', value: id.profile });
  if (id.signedDate) rows.push({ key: '签署日期', value: id.signedDate });
  const o = d.overview;
  for (const f of o?.functions ?? []) rows.push({ key: '职能', value: f });
  for (const u of o?.internalUnits ?? []) rows.push({ key: '内设机构', value: u });
  for (const u of d.units ?? []) rows.push({ key: '预算单位', value: u });
  const s = o?.staffing ?? {};
  const staff = [
    ['编制数', s.authorized],
    ['实有人数', s.actual],
    ['在职人数', s.active],
    ['退休人数', s.retired],
    ['离休人数', s.separated],
  ] as const;
  for (const [k, v] of staff) if (v !== undefined) rows.push({ key: k, value: v as number });
  if (d.operatingCosts !== undefined)
    rows.push({ key: '机关运行经费（元）', value: d.operatingCosts as number });
  // The blank template lists every key, so the preparer sees what to fill in.
  if (blanks)
    for (const key of Object.keys(INFO_KEYS))
      if (!rows.some((r) => r.key === key)) rows.push({ key, value: undefined });
  return rows;
}

const keyRows = (
  keys: Record<string, string>,
  obj: Record<string, unknown> | undefined,
  valueId: string,
  blanks: boolean,
): Rows =>
  Object.entries(keys).flatMap(([label, field]) =>
    obj?.[field] === undefined
      ? blanks
        ? [{ key: label }]
        : []
      : [{ key: label, [valueId]: obj[field] as Value }],
  );

/** The workbook as a Buffer: the template (with example rows) or the given input. */
export async function writeTemplate(
  opts: { profile?: string; input?: BudgetInput | BudgetInputDraft } = {},
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  const d: BudgetInputDraft = opts.input ?? {
    ...EXAMPLE,
    identity: { ...EXAMPLE.identity, profile: opts.profile ?? 'xinjiang-2025' },
  };
  const blanks = !opts.input;
  addSheet(wb, SHEETS.info, infoRows(d, blanks));
  const items = addSheet(wb, SHEETS.items, (d.items as unknown as Rows) ?? []);
  addSheet(
    wb,
    SHEETS.prior,
    blanks
      ? fixedSubjectKeys().map((key) => ({ key }))
      : Object.entries(d.prior ?? {}).map(([key, amount]) => ({ key, amount: amount as Value })),
  );
  addSheet(
    wb,
    SHEETS.reasons,
    blanks
      ? fixedSubjectKeys().map((key) => ({ key }))
      : Object.entries(d.reasons ?? {}).map(([key, reason]) => ({ key, reason })),
  );
  addSheet(
    wb,
    SHEETS.projects,
    (d.projects ?? []).flatMap((p): Rows => {
      const first: Record<string, Value> = {
        name: p.name,
        unit: p.unit,
        basis: p.basis,
        allocation: p.allocation,
        period: p.period,
      };
      const items = p.allocationItems ?? [];
      if (items.length === 0) return [first];
      return items.map((it, i) => ({
        ...(i === 0 ? first : { name: p.name, unit: p.unit }),
        allocItem: it.name,
        allocAmount: it.amount as Value,
      }));
    }),
  );
  const three = addSheet(
    wb,
    SHEETS.threePublic,
    blanks
      ? Object.values(THREE_PUBLIC_LABELS).map((item) => ({ item }))
      : (d.threePublic ?? []).map((r) => ({
          ...(r as unknown as Record<string, Value>),
          item:
            THREE_PUBLIC_LABELS[r.item as keyof typeof THREE_PUBLIC_LABELS] ?? (r.item as string),
        })),
  );
  addSheet(
    wb,
    SHEETS.performance,
    (d.performance ?? []).flatMap((t) => {
      const base = {
        kind: t.kind === 'department' ? '部门整体' : '项目',
        unit: t.unit,
        project: t.project,
        goal: t.goal,
        manager: t.manager,
        nature: t.nature,
        category: t.category,
        start: t.start,
        end: t.end,
        projectGoal: t.projectGoal,
      };
      const inds = t.indicators ?? [];
      return inds.length ? inds.map((i) => ({ ...base, ...i, value: String(i.value) })) : [base];
    }),
  );
  addSheet(
    wb,
    SHEETS.procurement,
    keyRows(PROCUREMENT_KEYS, d.procurement as Record<string, unknown>, 'amount', blanks),
  );
  addSheet(
    wb,
    SHEETS.assets,
    keyRows(ASSET_KEYS, d.assets as Record<string, unknown>, 'value', blanks),
  );
  addSheet(
    wb,
    SHEETS.glossary,
    (d.glossary ?? []).map((g) => ({ term: g.term, definition: g.definition })),
  );

  addSheet(
    wb,
    SHEETS.codeNames,
    Object.entries(d.codeNames ?? {}).map(([code, name]) => ({ code, name })),
  );

  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const columns: [string, readonly string[]][] = [
    ['资金来源', SOURCES],
    ['支出类型', EXPENSE_TYPES],
    ['三公项目', Object.values(THREE_PUBLIC_LABELS)],
    ['上年数/增减原因项目', fixedSubjectKeys()],
    ...catalogCodes(),
  ];
  columns.forEach(([header, values], i) => {
    const c = lists.getColumn(i + 1);
    c.values = [header, ...values];
    c.width = 28;
  });
  const ref = (i: number, n: number) => {
    const letter = lists.getColumn(i + 1).letter;
    return `${LISTS_SHEET}!$${letter}$2:$${letter}$${n + 1}`;
  };
  listValidation(items, 4, ref(0, SOURCES.length));
  listValidation(items, 5, ref(1, EXPENSE_TYPES.length));
  listValidation(three, 1, ref(2, 4));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
