// Reads the `yusuan template` workbook (exceljs) into a BudgetInput draft, remembering which sheet
// row and column each line item field came from so that messages can point at the cell.
import type { Workbook, Worksheet, CellValue } from 'exceljs';
import {
  ASSET_KEYS,
  INFO_KEYS,
  PERFORMANCE_KINDS,
  PROCUREMENT_KEYS,
  SHEETS,
  type SheetDef,
} from './workbook-sheets.js';
import type { BudgetInputDraft } from './schema.js';
import type { Locate } from './check-codes.js';

type Cell = string | number | undefined;
type Row = { readonly row: number; readonly cells: Record<string, Cell> };

function plain(v: CellValue): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return plain(v.richText.map((t) => t.text).join(''));
    if ('result' in v) return plain((v as { result?: CellValue }).result ?? null);
    if ('text' in v) return plain((v as { text: string }).text);
  }
  return undefined;
}

const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** Data rows of a sheet, by field id, matched on the header row (row 1). */
function rowsOf(ws: Worksheet | undefined, def: SheetDef): Row[] {
  if (!ws) return [];
  const colOf = new Map<number, string>();
  ws.getRow(1).eachCell((cell, c) => {
    const text = plain(cell.value);
    const hit = def.columns.find((d) => typeof text === 'string' && norm(d.header) === norm(text));
    if (hit) colOf.set(c, hit.id);
  });
  const out: Row[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const cells: Record<string, Cell> = {};
    row.eachCell((cell, c) => {
      const id = colOf.get(c);
      const v = plain(cell.value);
      if (id && v !== undefined) cells[id] = v;
    });
    if (Object.keys(cells).length) out.push({ row: r, cells });
  });
  return out;
}

const str = (v: Cell) => (v === undefined ? undefined : String(v));

function keyValues<K extends string>(rows: Row[], keys: Record<string, K>, valueId: string) {
  const out: Partial<Record<K, Cell>> = {};
  for (const r of rows) {
    const k = str(r.cells.key);
    const field = k ? (keys[norm(k)] ?? keys[k]) : undefined;
    if (field && r.cells[valueId] !== undefined) out[field] = r.cells[valueId];
  }
  return out;
}

export interface WorkbookRead {
  readonly draft: BudgetInputDraft;
  readonly locate: Locate;
  /** Sheet row of each draft path prefix such as "prior", for messages about other sheets. */
  readonly sheetOf: (path: readonly PropertyKey[]) => string;
}

export function readWorkbookInput(wb: Workbook): WorkbookRead {
  const sheet = (def: SheetDef) => rowsOf(wb.getWorksheet(def.name), def);
  const info = sheet(SHEETS.info);
  const many = (field: string) =>
    info
      .filter((r) => INFO_KEYS[norm(str(r.cells.key) ?? '') as keyof typeof INFO_KEYS] === field)
      .map((r) => str(r.cells.value))
      .filter((v): v is string => v !== undefined);
  const one = keyValues(info, INFO_KEYS as Record<string, string>, 'value');

  const items = sheet(SHEETS.items);
  const threePublic = sheet(SHEETS.threePublic);
  const performance = sheet(SHEETS.performance);

  const draft: BudgetInputDraft = {
    identity: {
      department: str(one.department) ?? '',
      year: one.year as number,
      ...(one.scope ? { scope: str(one.scope) as '部门' } : {}),
      ...(one.unit ? { unit: str(one.unit) as '万元' } : {}),
      ...(one.profile ? { profile: str(one.profile) as string } : {}),
      ...(one.signedDate ? { signedDate: str(one.signedDate) as string } : {}),
    },
    overview: {
      functions: many('function'),
      internalUnits: many('internalUnit'),
      staffing: {
        ...(one.authorized === undefined ? {} : { authorized: one.authorized }),
        ...(one.actual === undefined ? {} : { actual: one.actual }),
        ...(one.active === undefined ? {} : { active: one.active }),
        ...(one.retired === undefined ? {} : { retired: one.retired }),
        ...(one.separated === undefined ? {} : { separated: one.separated }),
      },
    },
    units: many('budgetUnit'),
    items: items.map((r) => {
      const c = r.cells;
      return {
        unit: str(c.unit),
        functionCode: str(c.functionCode),
        ...(c.economicCode === undefined ? {} : { economicCode: str(c.economicCode) }),
        source: str(c.source),
        type: str(c.type),
        ...(c.project === undefined ? {} : { project: str(c.project) }),
        amount: c.amount,
      } as never;
    }),
    prior: Object.fromEntries(
      sheet(SHEETS.prior).flatMap((r) =>
        r.cells.key && r.cells.amount !== undefined ? [[str(r.cells.key), r.cells.amount]] : [],
      ),
    ),
    reasons: Object.fromEntries(
      sheet(SHEETS.reasons).flatMap((r) =>
        r.cells.key && r.cells.reason !== undefined
          ? [[str(r.cells.key), str(r.cells.reason)]]
          : [],
      ),
    ),
    threePublic: threePublic.map((r) => {
      const c = r.cells;
      const opt = (id: string) => (c[id] === undefined ? {} : { [id]: c[id] });
      return {
        item: str(c.item),
        ...opt('general'),
        ...opt('fund'),
        ...opt('capital'),
        ...opt('prior'),
        ...(c.reason ? { reason: str(c.reason) } : {}),
      } as never;
    }),
    projects: groupProjects(sheet(SHEETS.projects)),
    performance: groupPerformance(performance),
    codeNames: Object.fromEntries(
      sheet(SHEETS.codeNames).flatMap((r) =>
        r.cells.code !== undefined && r.cells.name !== undefined
          ? [[str(r.cells.code), str(r.cells.name)]]
          : [],
      ),
    ),
    glossary: sheet(SHEETS.glossary).map((r) => ({
      term: str(r.cells.term) ?? '',
      definition: str(r.cells.definition) ?? '',
    })),
  };
  const proc = keyValues(
    sheet(SHEETS.procurement),
    PROCUREMENT_KEYS as Record<string, string>,
    'amount',
  );
  if (Object.keys(proc).length) draft.procurement = proc as never;
  const assets = keyValues(sheet(SHEETS.assets), ASSET_KEYS as Record<string, string>, 'value');
  if (Object.keys(assets).length)
    draft.assets = {
      ...assets,
      ...(assets.asOf === undefined ? {} : { asOf: str(assets.asOf) }),
    } as never;
  if (one.operatingCosts !== undefined) draft.operatingCosts = one.operatingCosts as never;

  const header = (def: SheetDef, id: string) => def.columns.find((c) => c.id === id)?.header ?? id;
  const locate: Locate = (i, field) =>
    `${SHEETS.items.name} row ${items[i]?.row ?? '?'}, column ${header(SHEETS.items, field)}`;
  const sheetOf = (path: readonly PropertyKey[]): string => {
    const [top, index, field] = path;
    const rowIn = (rows: Row[], def: SheetDef) =>
      `${def.name} row ${typeof index === 'number' ? (rows[index]?.row ?? '?') : '?'}${typeof field === 'string' ? `, column ${header(def, field)}` : ''}`;
    switch (top) {
      case 'items':
        return typeof index === 'number' && typeof field === 'string'
          ? locate(index, field)
          : rowIn(items, SHEETS.items);
      case 'threePublic':
        return rowIn(threePublic, SHEETS.threePublic);
      case 'identity':
      case 'overview':
      case 'units':
        return `${SHEETS.info.name} (${path.join('.')})`;
      case 'prior':
        return `${SHEETS.prior.name} (${String(index)})`;
      case 'procurement':
        return SHEETS.procurement.name;
      case 'assets':
        return SHEETS.assets.name;
      default:
        return path.join('.');
    }
  };
  return { draft, locate, sheetOf };
}

/** 项目说明 rows: one per allocation item; the first row of a project carries its fields. */
function groupProjects(rows: Row[]): BudgetInputDraft['projects'] {
  const out: NonNullable<BudgetInputDraft['projects']> = [];
  const byKey = new Map<string, (typeof out)[number]>();
  for (const r of rows) {
    const c = r.cells;
    const key = `${str(c.name) ?? ''}|${str(c.unit) ?? ''}`;
    let p = byKey.get(key);
    if (!p) {
      const opt = (id: string) => (c[id] === undefined ? {} : { [id]: str(c[id]) });
      p = {
        name: str(c.name) as string,
        ...opt('unit'),
        ...opt('basis'),
        ...opt('allocation'),
        ...opt('period'),
      };
      byKey.set(key, p);
      out.push(p);
    }
    if (c.allocItem !== undefined)
      (p.allocationItems ??= []).push({
        name: str(c.allocItem) as string,
        amount: c.allocAmount as number,
      });
  }
  return out;
}

const PERFORMANCE_TEXT = ['manager', 'nature', 'category', 'start', 'end', 'projectGoal'] as const;

/** The cells among `ids` that hold something, as text. */
function optionalText<K extends string>(
  cells: Record<string, Cell>,
  ids: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const id of ids) {
    const v = str(cells[id]);
    if (v !== undefined) out[id] = v;
  }
  return out;
}

/** 绩效目标 rows: one per indicator; rows with the same type, unit and project form one target. */
function groupPerformance(rows: Row[]): BudgetInputDraft['performance'] {
  const out: NonNullable<BudgetInputDraft['performance']> = [];
  const byKey = new Map<string, (typeof out)[number]>();
  for (const r of rows) {
    const c = r.cells;
    const kindText = str(c.kind) ?? '项目';
    const kind = PERFORMANCE_KINDS[kindText as keyof typeof PERFORMANCE_KINDS] ?? kindText;
    const key = `${kind}|${str(c.unit) ?? ''}|${str(c.project) ?? ''}`;
    let t = byKey.get(key);
    if (!t) {
      t = {
        kind: kind as 'project',
        ...(c.unit ? { unit: str(c.unit) } : {}),
        ...(c.project ? { project: str(c.project) } : {}),
        ...optionalText(c, PERFORMANCE_TEXT),
        goal: str(c.goal) ?? '',
        indicators: [],
      };
      byKey.set(key, t);
      out.push(t);
    }
    if (c.name)
      t.indicators?.push({
        level1: str(c.level1) ?? '',
        level2: str(c.level2) ?? '',
        name: str(c.name) ?? '',
        value: str(c.value) ?? '',
        ...(c.basis ? { basis: str(c.basis) } : {}),
      });
  }
  return out;
}
