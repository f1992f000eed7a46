// Every message the CLI prints to a person, in one place (zh first, en after).
import type { InputError } from '../model/errors.js';
import type { IndexRow } from './import/index-row.js';

export const messages = {
  inputError: (e: InputError) => `无法读取输入 / unusable input: ${e.message}`,
  internalError: (e: unknown) =>
    `内部错误 / internal error: ${e instanceof Error ? e.message : String(e)} — please report it with the input file`,
  noSuchFile: (path: string) => `${path}: 文件不存在 / no such file`,
  isDirectory: (path: string) => `${path}: 是目录，不是文件 / is a directory, not a file`,
  invalidJson: (file: string, detail: string) =>
    `${file}: 不是有效的 JSON / not valid JSON (${detail}); check the file or produce it with \`yusuan parse --json\``,
  invalidDisclosure: (file: string, path: string, detail: string) =>
    `${file}: 不是有效的 Disclosure JSON / not a valid Disclosure JSON: at ${path}: ${detail}; produce one with \`yusuan parse --json\``,
  unknownSelectors: (names: readonly string[]) =>
    `--only/--skip: 没有这样的规则或类别 / no such rule or category: ${names.join(', ')}; see \`yusuan rules\``,
  noRuleSelected: () =>
    `--only/--skip 没有选中任何规则 / no rule is selected; see \`yusuan rules\` for ids and categories`,
  cannotWrite: (path: string, detail: string) =>
    `${path}: 无法写入报告 / cannot write the report (${detail})`,
  wroteReport: (path: string) => `报告已写入 / report written to ${path}`,
  tooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: ${bytes} bytes; inputs are limited to ${limit} bytes`,
  importTimedOut: (ms: number) =>
    `超时 / timed out after ${ms / 1000} s (the worker reading it was stopped); if the file is sound, try a longer --timeout`,
  importOutOfMemory: (mb: number) =>
    `内存不足 / ran out of memory (worker heap limit ${mb} MB); the file is probably damaged or far larger than a disclosure`,
  importWorkerCrashed: (detail: string) =>
    `读取进程崩溃 / the worker reading it crashed (${detail}); please report it with the input file`,
  importWorkerCannotStart: (detail: string) =>
    `导入进程无法启动 / the import worker could not start (${detail}); rebuild with \`npm run build\``,
  importNoInputs: (args: readonly string[], extensions: readonly string[]) =>
    `${args.join(', ')}: 没有可导入的文件 / no documents to import (looked for ${extensions.join(' ')})`,
  importCannotWrite: (path: string, detail: string) =>
    `${path}: 无法写入导入结果 / cannot write the import output (${detail})`,
  importBadNumber: (option: string, value: string) =>
    `${option} ${value}: 需要正数 / needs a positive number${option === '--jobs' ? ' of workers' : ' of seconds'}`,
  importProgressLine: (n: number, total: number, row: IndexRow) => {
    const head = `[${String(n).padStart(String(total).length)}/${total}] ${row.status.padEnd(14)} ${row.seconds.toFixed(2).padStart(6)} s  ${row.file}`;
    return row.reason ? `${head} — [${row.reason.kind}] ${row.reason.message}` : head;
  },
  importBarFormat:
    '导入 import {bar} {value}/{total} | ok {ok} · 有警告 warnings {warn} · 失败 failed {failed} | ETA {eta_formatted}',
  importCounts: (
    c: { files: number; ok: number; parseWarnings: number; failed: number },
    inputs: number,
  ) =>
    `导入 / imported ${c.files === inputs ? '' : `${c.files} of `}${inputs} documents${c.files === inputs ? '' : ' (中断 / interrupted: the rest were not read)'}: ${c.ok} ok, ${c.parseWarnings} with parse warnings, ${c.failed} failed`,
  importRates: (pages: number, pagesPerSecond: number, docsPerSecond: number, seconds: number) =>
    `${pages} pages in ${seconds.toFixed(1)} s: ${pagesPerSecond.toFixed(1)} pages/s, ${docsPerSecond.toFixed(2)} documents/s`,
  importWrote: (json: string, csv: string) => `索引 / index: ${json}, ${csv}`,
  importFailedHeading: (n: number) => `失败 / failed (${n}), with the reason:`,
};
