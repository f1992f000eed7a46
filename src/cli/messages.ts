// Every message the CLI prints to a person, in one place (zh first, en after).
import type { InputError } from '../model/errors.js';

export const messages = {
  inputError: (e: InputError) => `无法读取输入 / unusable input: ${e.message}`,
  internalError: (e: unknown) =>
    `内部错误 / internal error: ${e instanceof Error ? e.message : String(e)} — please report it with the input file`,
  noSuchFile: (path: string) => `${path}: 文件不存在 / no such file`,
  isDirectory: (path: string) => `${path}: 是目录，不是文件 / is a directory, not a file`,
};
