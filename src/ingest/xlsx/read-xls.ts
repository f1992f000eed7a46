// Legacy .xls (BIFF, in an OLE compound file) → worksheets of cells, with SheetJS 0.18.5: the only
// reader of the format here, and one with published advisories on crafted files (prototype
// pollution, regular-expression denial of service). So it never runs in our process: a worker
// thread reads the file with styles, formulas and HTML off, under a heap limit and a time limit,
// and sends back plain cells (value, type, number format, shown text) and merges. A hostile file
// can at worst exhaust or pollute that worker, which is then discarded.
//
// Without styles SheetJS does not report hidden rows and columns, so .xls content hidden that way
// is read like visible content (the brief keeps styles off; see the module report).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../model/errors.js';
import type { GridCell } from '../grid.js';
import type { IngestWarning } from '../pdf/warning.js';
import type { CellIssue } from './cell-text.js';
import { formatNumber } from './number-format.js';
import {
  DEFAULT_SHEET_FONT_SIZE,
  MAX_SHEETS,
  MAX_SHEET_ROWS,
  MAX_WORKBOOK_CELLS,
  cellAddress,
  type SheetGrid,
  type WorkbookRead,
} from './sheets.js';

/** Reading a disclosure-sized .xls takes well under a second; a stuck reader is stopped here. */
export const XLS_TIMEOUT_MS = 20_000;
/** Heap of the reading worker. */
export const XLS_WORKER_HEAP_MB = 512;

/** [row (0-based), col, type, value, format, shown text] */
type RawCell = [number, number, string, unknown, string | undefined, string | undefined];
interface RawSheet {
  name: string;
  hidden: boolean;
  truncated: boolean;
  cells: RawCell[];
  merges: [number, number, number, number][];
}
type WorkerReply =
  { ok: true; sheets: RawSheet[]; date1904: boolean } | { ok: false; message: string };

// Plain CommonJS run by the worker (eval): SheetJS is loaded inside it, never in this process.
const WORKER_SOURCE = `
const { parentPort, workerData: d } = require('node:worker_threads');
try {
  const X = require(d.lib);
  const wb = X.read(Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength), {
    type: 'buffer', cellStyles: false, cellFormula: false, cellHTML: false, cellNF: true,
    cellDates: false, bookVBA: false, sheetRows: d.maxRows + 1,
  });
  const props = (wb.Workbook && wb.Workbook.Sheets) || [];
  let budget = d.maxCells;
  const sheets = [];
  wb.SheetNames.slice(0, d.maxSheets + 1).forEach((name, i) => {
    const ws = wb.Sheets[name] || {};
    const cells = [];
    let truncated = false;
    for (const key of Object.keys(ws)) {
      if (key.charAt(0) === '!') continue;
      if (--budget < 0) { truncated = true; break; }
      const c = ws[key]; const a = X.utils.decode_cell(key);
      if (a.r > d.maxRows - 1) { truncated = true; continue; }
      cells.push([a.r, a.c, String(c.t), c.v, c.z === undefined ? undefined : String(c.z), c.w === undefined ? undefined : String(c.w)]);
    }
    const full = ws['!fullref'] ? X.utils.decode_range(ws['!fullref']) : undefined;
    if (full && full.e.r > d.maxRows - 1) truncated = true;
    const merges = (ws['!merges'] || []).map((m) => [m.s.r, m.s.c, m.e.r, m.e.c]);
    sheets.push({ name: String(name), hidden: Boolean(props[i] && props[i].Hidden), truncated, cells, merges });
  });
  const date1904 = Boolean(wb.Workbook && wb.Workbook.WBProps && wb.Workbook.WBProps.date1904);
  parentPort.postMessage({ ok: true, sheets, date1904 });
} catch (e) {
  parentPort.postMessage({ ok: false, message: String((e && e.message) || e) });
}
`;

function runWorker(bytes: Uint8Array, file: string): Promise<WorkerReply> {
  const lib = createRequire(import.meta.url).resolve('xlsx');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      lib,
      bytes,
      maxRows: MAX_SHEET_ROWS,
      maxCells: MAX_WORKBOOK_CELLS,
      maxSheets: MAX_SHEETS,
    },
    resourceLimits: { maxOldGenerationSizeMb: XLS_WORKER_HEAP_MB },
  });
  return new Promise<WorkerReply>((resolve, reject) => {
    const fail = (kind: 'too-large' | 'unreadable', why: string): void => {
      clearTimeout(timer);
      void worker.terminate();
      reject(new InputError(kind, `${file}: ${why}`, { file }));
    };
    const timer = setTimeout(
      () => fail('unreadable', `the .xls workbook was not read within ${XLS_TIMEOUT_MS / 1000} s`),
      XLS_TIMEOUT_MS,
    );
    worker.once('message', (reply: WorkerReply) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    });
    worker.once('error', (e: Error & { code?: string }) =>
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? fail('too-large', `reading the .xls workbook needs more than ${XLS_WORKER_HEAP_MB} MB`)
        : fail('unreadable', `not a readable .xls workbook (${e.message})`),
    );
    worker.once('exit', (code) => {
      if (code !== 0) fail('unreadable', `not a readable .xls workbook (reader exited ${code})`);
    });
  });
}

function cellOf(raw: RawCell, date1904: boolean): { text?: string; issue?: CellIssue } {
  const [, , type, value, format, shown] = raw;
  if (type === 's' || type === 'str') return { text: String(value ?? '') };
  if (type === 'b') return { text: value ? 'TRUE' : 'FALSE' };
  if (type === 'e') return { text: shown ?? '#ERROR', issue: 'cell-error' };
  if (type === 'n' && typeof value === 'number') {
    const f = formatNumber(value, format, { date1904 });
    return f.fallback ? { text: f.text, issue: 'number-format-fallback' } : { text: f.text };
  }
  return {};
}

function sheetGrid(raw: RawSheet, date1904: boolean): SheetGrid {
  const spans = new Map<string, [number, number]>();
  for (const [r, c, er, ec] of raw.merges) spans.set(`${r}:${c}`, [er - r + 1, ec - c + 1]);
  const cells: GridCell[] = [];
  const issues = new Map<CellIssue, string[]>();
  for (const cell of raw.cells) {
    const [r, c] = cell;
    const { text, issue } = cellOf(cell, date1904);
    if (issue) {
      const list = issues.get(issue) ?? [];
      list.push(cellAddress(r + 1, c));
      issues.set(issue, list);
    }
    if (text === undefined) continue;
    const [rowSpan, colSpan] = spans.get(`${r}:${c}`) ?? [1, 1];
    cells.push({ row: r + 1, col: c, rowSpan, colSpan, text, size: DEFAULT_SHEET_FONT_SIZE });
  }
  return { name: raw.name, cells, issues };
}

export async function readXls(bytes: Uint8Array, file: string): Promise<WorkbookRead> {
  const reply = await runWorker(bytes, file);
  if (!reply.ok)
    throw new InputError('unreadable', `${file}: not a readable .xls workbook (${reply.message})`, {
      file,
    });
  const sheets: SheetGrid[] = [];
  const warnings: IngestWarning[] = [];
  for (const raw of reply.sheets) {
    if (raw.hidden) {
      warnings.push({
        code: 'sheet-hidden',
        message: `${file}: hidden sheet "${raw.name}" was skipped (a reader of the workbook does not see it)`,
      });
      continue;
    }
    if (sheets.length >= MAX_SHEETS) {
      warnings.push({
        code: 'content-truncated',
        message: `${file}: sheets from "${raw.name}" on were not read (limit ${MAX_SHEETS} sheets)`,
      });
      break;
    }
    if (raw.truncated)
      warnings.push({
        code: 'content-truncated',
        message: `${file} sheet "${raw.name}": rows past ${MAX_SHEET_ROWS} or cells past ${MAX_WORKBOOK_CELLS} were not read`,
        at: { page: sheets.length + 1 },
      });
    sheets.push(sheetGrid(raw, reply.date1904));
  }
  return { sheets, warnings };
}
