// readBudgetInput: a BudgetInput from JSON, YAML or the template workbook, validated, with every
// problem named by its place (sheet, row, column; or the JSON path).
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../../model/errors.js';
import type { Workbook } from 'exceljs';
import { BudgetInputSchema, type BudgetInput } from './schema.js';
import { checkItems, jsonLocate, type InputIssue, type Locate } from './check-codes.js';

/** Invalid budget input: the issues say where and what. */
export class BudgetInputError extends InputError {
  readonly issues: readonly InputIssue[];
  constructor(file: string, issues: readonly InputIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      'invalid-json',
      `${file}: ${errors.length} problem(s) in the budget input:\n` +
        errors.map((i) => `  ${i.where}: ${i.message}`).join('\n'),
      { file },
    );
    this.name = 'BudgetInputError';
    this.issues = issues;
  }
}

export interface ReadResult {
  readonly input: BudgetInput;
  /** Warnings (errors throw BudgetInputError). */
  readonly issues: readonly InputIssue[];
}

/** Parse a draft, mapping schema errors and catalog checks to places. */
export function validateDraft(
  file: string,
  draft: unknown,
  locate: Locate = jsonLocate,
  where: (path: readonly PropertyKey[]) => string = (p) => p.map(String).join('.'),
): ReadResult {
  const parsed = BudgetInputSchema.safeParse(draft);
  if (!parsed.success) {
    const issues: InputIssue[] = parsed.error.issues.map((i) => {
      const [top, index, field] = i.path;
      const place =
        top === 'items' && typeof index === 'number' && typeof field === 'string'
          ? locate(index, field)
          : where(i.path);
      return { severity: 'error', where: place || '(top)', message: i.message };
    });
    throw new BudgetInputError(file, issues);
  }
  const issues = checkItems(parsed.data, locate);
  if (issues.some((i) => i.severity === 'error')) throw new BudgetInputError(file, issues);
  return { input: parsed.data, issues };
}

export async function readBudgetInputWithIssues(path: string): Promise<ReadResult> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError('unreadable', `${file}: cannot read the file`, { file });
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new InputError('unreadable', `${file}: not a readable .xlsx workbook`, { file });
    }
    return budgetInputFromWorkbook(wb, file);
  }
  const text = bytes.toString('utf8');
  let data: unknown;
  try {
    if (ext === '.yaml' || ext === '.yml') {
      const { parse } = await import('yaml');
      data = parse(text);
    } else if (ext === '.json') {
      data = JSON.parse(text);
    } else {
      throw new InputError('unsupported', `${file}: budget input must be .json, .yaml or .xlsx`, {
        file,
      });
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('invalid-json', `${file}: ${(e as Error).message}`, { file });
  }
  return validateDraft(file, data);
}

/** A BudgetInput from a loaded template workbook (callers that opened it already). */
export async function budgetInputFromWorkbook(wb: Workbook, file: string): Promise<ReadResult> {
  const { readWorkbookInput } = await import('./workbook-read.js');
  const { draft, locate, sheetOf } = readWorkbookInput(wb);
  return validateDraft(file, draft, locate, sheetOf);
}

export async function readBudgetInput(path: string): Promise<BudgetInput> {
  return (await readBudgetInputWithIssues(path)).input;
}
