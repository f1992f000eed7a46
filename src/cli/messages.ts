// Every message the CLI prints to a person, in one place (zh first, en after).
import type { InputError } from '../model/errors.js';

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
};
