// An uploaded document → Disclosure + check entry, the same way `yusuan check` reads a file.
// Limits come first: size and type are checked before any byte is parsed, and every failure is an
// InputError with a message naming the file (the routes turn it into a 4xx page).
import { basename, extname } from 'node:path';
import { checkEntry } from '../check/index.js';
import type { CheckEntry } from '../model/check-report.js';
import type { Disclosure } from '../model/disclosure.js';
import { disclosureFromJsonBytes, type DisclosureJsonMessages } from '../model/disclosure-json.js';
import { InputError } from '../model/errors.js';
import { DEFAULT_PARSE_LIMITS, parseInWorker, type ParseLimits } from './parse-in-worker.js';

/** Largest upload accepted (the PDF ingest limit is of the same order). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const UPLOAD_EXTENSIONS = [
  '.pdf',
  '.txt',
  '.xlsx',
  '.xls',
  '.docx',
  '.html',
  '.htm',
  '.json',
];

export interface ReadUpload {
  readonly disclosure: Disclosure;
  readonly entry: CheckEntry;
  readonly format: string;
}

const FORMAT_OF: Record<string, string> = {
  '.pdf': 'pdf',
  '.txt': 'text',
  '.xlsx': 'xlsx',
  '.xls': 'xls',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** Refuses a file by name and size before reading it. */
export function checkUploadName(name: string, size: number): void {
  const file = basename(name);
  const ext = extname(file).toLowerCase();
  if (!UPLOAD_EXTENSIONS.includes(ext))
    throw new InputError(
      'unsupported',
      `${file}：不支持的文件类型（${ext || '无扩展名'}）。请上传 PDF、TXT、XLSX、XLS、DOCX、HTML 或 JSON 文件。`,
      { file },
    );
  if (size === 0) throw new InputError('empty', `${file}：文件是空的。`, { file });
  if (size > MAX_UPLOAD_BYTES)
    throw new InputError(
      'too-large',
      `${file}：文件太大（${(size / 1048576).toFixed(1)} MB），上限为 ${MAX_UPLOAD_BYTES / 1048576} MB。`,
      { file },
    );
}

const JSON_MESSAGES: DisclosureJsonMessages = {
  invalidJson: (file, detail) => `${file}：不是有效的 JSON（${detail}）`,
  invalidDisclosure: (file, at, detail) =>
    `${file}：不是有效的公开文件 JSON（${at || '(顶层)'}：${detail}）`,
};

/** Reads, parses (in a worker thread, with limits) and checks one uploaded file. */
export async function readUpload(
  bytes: Uint8Array,
  name: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<ReadUpload> {
  const file = basename(name);
  checkUploadName(file, bytes.length);
  const ext = extname(file).toLowerCase();
  const disclosure =
    ext === '.json'
      ? disclosureFromJsonBytes(bytes, file, JSON_MESSAGES)
      : await parseInWorker(bytes, file, limits);
  return { disclosure, entry: checkEntry(file, disclosure), format: FORMAT_OF[ext] ?? 'text' };
}
