// yusuan render FILE --format html|pdf|xlsx|docx|txt -o OUT: a Disclosure (JSON, any document
// `parse` reads, or a preparer's budget input — the filled template workbook or YAML — composed
// first) as the official document.
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { budgetInputFromWorkbook, compose, readBudgetInput, SHEETS } from '../../compose/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import {
  renderDisclosure,
  DOCUMENT_FORMATS,
  type DocumentFormat,
} from '../../render/document/index.js';
import { loadDisclosure } from '../load-disclosure.js';
import type { CommandResult } from '../result.js';

export interface RenderCommandOptions {
  format: string;
  output?: string;
  profile?: string;
}

export async function renderCommand(
  file: string,
  opts: RenderCommandOptions,
): Promise<CommandResult> {
  const format = opts.format as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format))
    return {
      exitCode: 2,
      stdout: '',
      stderr: `unknown format ${opts.format}: use one of ${DOCUMENT_FORMATS.join(', ')}\n`,
    };
  const d =
    (await composedFromBudgetInput(file)) ??
    (await loadDisclosure(file, opts.profile ? { profile: opts.profile } : {}));
  const out = await renderDisclosure(d, format);
  if (!opts.output) {
    if (typeof out !== 'string')
      return { exitCode: 2, stdout: '', stderr: `${format} is binary: give -o FILE to write it\n` };
    return { exitCode: 0, stdout: out };
  }
  writeFileSync(opts.output, out);
  return { exitCode: 0, stdout: '', stderr: `wrote ${opts.output} (${format})\n` };
}

/**
 * A preparer's budget input composed: YAML, or a workbook with the template's line-item sheet
 * (opened once). Undefined for anything else, which is a document or a Disclosure JSON.
 */
async function composedFromBudgetInput(file: string): Promise<Disclosure | undefined> {
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml')
    return compose(await readBudgetInput(file), { file }).disclosure;
  if (ext !== '.xlsx') return undefined;
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch {
    return undefined; // not a readable workbook: the document loader says why
  }
  if (!book.getWorksheet(SHEETS.items.name)) return undefined;
  const { input } = await budgetInputFromWorkbook(book, basename(file));
  return compose(input, { file }).disclosure;
}
