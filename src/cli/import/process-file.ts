// One input file → its Disclosure and index outcome: read, ingest, parse, check. Runs inside an
// import worker; never throws (a failure is an outcome with its reason), so one bad file costs
// only its own row.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkDisclosure } from '../../check/index.js';
import { ingestFile, MAX_INPUT_BYTES } from '../../ingest/index.js';
import type { Disclosure } from '../../model/disclosure.js';
import { InputError, isInputError } from '../../model/errors.js';
import { parseDisclosure } from '../../parse/index.js';
import { disclosureFromJson } from '../load-disclosure.js';
import { messages } from '../messages.js';
import { failedOutcome, type Failure, type FileOutcome } from './index-row.js';

export interface ProcessedFile {
  outcome: FileOutcome;
  /** The Disclosure as one line of JSON (as `yusuan parse --json` writes it); null when failed. */
  json: string | null;
}

export interface ProcessOptions {
  profile?: string;
}

function failureOf(e: unknown): Failure {
  if (isInputError(e)) return { kind: e.kind, message: e.message };
  return { kind: 'internal', message: messages.internalError(e) };
}

/** The bytes of a file, refusing oversized ones before reading anything. */
async function readBounded(path: string): Promise<Uint8Array> {
  const file = basename(path);
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError('unreadable', messages.isDirectory(path), { file });
    size = s.size;
  } catch (e) {
    if (isInputError(e)) throw e;
    throw new InputError('unreadable', messages.noSuchFile(path), { file });
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError('too-large', messages.tooLarge(file, size, MAX_INPUT_BYTES), { file });
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError('unreadable', `${path}: ${(e as Error).message}`, { file });
  }
}

function checkedOutcome(
  d: Disclosure,
  read: { format: string; pages: number | null; warnings: number },
): FileOutcome {
  const parseWarnings = d.warnings.length + read.warnings;
  const base: FileOutcome = {
    department: d.identity.department,
    kind: d.identity.kind,
    year: d.identity.year,
    total: d.summary.total,
    unit: d.summary.unit,
    errors: null,
    warnings: null,
    parseWarnings,
    status: parseWarnings > 0 ? 'parse-warnings' : 'ok',
    reason: null,
    format: read.format,
    pages: read.pages,
  };
  try {
    const fails = checkDisclosure(d).findings.filter((f) => f.outcome === 'fail');
    return {
      ...base,
      errors: fails.filter((f) => f.severity === 'error').length,
      warnings: fails.filter((f) => f.severity === 'warning').length,
    };
  } catch (e) {
    // A rule that throws is a bug: the document is still imported, its checks are missing.
    return { ...base, reason: failureOf(e) };
  }
}

export async function processFile(path: string, opts: ProcessOptions = {}): Promise<ProcessedFile> {
  let pages: number | null = null;
  let format: string | null = null;
  try {
    const bytes = await readBounded(path);
    if (extname(path).toLowerCase() === '.json') {
      const d = disclosureFromJson(bytes, path);
      const read = { format: 'json', pages: d.source.pages ?? null, warnings: 0 };
      return { outcome: checkedOutcome(d, read), json: JSON.stringify(d) };
    }
    const { layout, warnings } = await ingestFile(bytes, path);
    pages = layout.pages;
    format = layout.source.format;
    const d = parseDisclosure(layout, opts.profile ? { profile: opts.profile } : {});
    const read = { format: layout.source.format, pages, warnings: warnings.length };
    return { outcome: checkedOutcome(d, read), json: JSON.stringify(d) };
  } catch (e) {
    return { outcome: failedOutcome(failureOf(e), { pages, format }), json: null };
  }
}
