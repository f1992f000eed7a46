// yusuan compose INPUT: line items (JSON, YAML or the template workbook) → a Disclosure JSON.
// Invalid input (schema, unknown 类/款 codes) exits 2 with one message per cell; warnings (an
// unconfirmed 项, a large change without its reason) are printed and the disclosure is written.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  BudgetInputError,
  compose,
  readBudgetInputWithIssues,
  type ComposeWarning,
  type InputIssue,
} from '../../compose/index.js';
import type { CommandResult } from '../result.js';

export interface ComposeCommandOptions {
  output?: string;
  pretty?: boolean;
}

const issueLine = (i: InputIssue) =>
  `${i.severity === 'error' ? '错误 error' : '警告 warning'}  ${i.where}: ${i.message}`;
const warningLine = (w: ComposeWarning) => `警告 warning  [${w.code}] ${w.message}`;

export async function composeCommand(
  file: string,
  opts: ComposeCommandOptions,
): Promise<CommandResult> {
  let read;
  try {
    read = await readBudgetInputWithIssues(file);
  } catch (e) {
    if (!(e instanceof BudgetInputError)) throw e;
    const lines = e.issues.map(issueLine);
    return {
      exitCode: 2,
      stdout: '',
      stderr:
        `${file}: 预算数据有误，未生成 / invalid budget input, nothing composed:\n` +
        lines.map((l) => `  ${l}\n`).join(''),
    };
  }
  const { disclosure, warnings } = compose(read.input, { file: basename(file) });
  const json = JSON.stringify(disclosure, null, opts.pretty || opts.output ? 2 : undefined) + '\n';
  const notes = [...read.issues.map(issueLine), ...warnings.map(warningLine)];
  let stdout = json;
  if (opts.output) {
    await writeFile(opts.output, json);
    const s = disclosure.summary;
    stdout = `已生成 / composed ${opts.output}: ${disclosure.identity.department} ${disclosure.identity.year}年 (${disclosure.profile}), ${disclosure.tables.length} tables, 收支总计 ${s.total ?? '—'} ${s.unit}\n`;
  }
  return {
    exitCode: 0,
    stdout,
    ...(notes.length ? { stderr: notes.map((l) => `${l}\n`).join('') } : {}),
  };
}
