// One input of a command that works on disclosures: a document `parse` reads (PDF, extracted text)
// or a Disclosure JSON written by `yusuan parse --json`. Failures are InputErrors naming the file.
import { basename, extname } from 'node:path';
import { ingestFile } from '../ingest/index.js';
import type { Disclosure } from '../model/disclosure.js';
import { disclosureFromJsonBytes } from '../model/disclosure-json.js';
import { parseDisclosure } from '../parse/index.js';
import { messages } from './messages.js';
import { readInput } from './read-input.js';

const OPEN_BRACE = 0x7b;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A .json file, or any file whose first non-blank character is "{" (no document starts so). */
function looksLikeJson(path: string, bytes: Uint8Array): boolean {
  if (extname(path).toLowerCase() === '.json') return true;
  let i = UTF8_BOM.every((b, k) => bytes[k] === b) ? UTF8_BOM.length : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === OPEN_BRACE;
}

/** A Disclosure JSON, validated: the first schema violation is reported with its path. */
export function disclosureFromJson(bytes: Uint8Array, path: string): Disclosure {
  return disclosureFromJsonBytes(bytes, basename(path), {
    invalidJson: messages.invalidJson,
    invalidDisclosure: (file, at, detail) =>
      messages.invalidDisclosure(file, at || '(top level)', detail || 'invalid'),
  });
}

export async function loadDisclosure(
  path: string,
  opts: { profile?: string } = {},
): Promise<Disclosure> {
  const bytes = readInput(path);
  if (bytes.length > 0 && looksLikeJson(path, bytes)) return disclosureFromJson(bytes, path);
  // As in `yusuan parse`, ingest warnings (PDF pages not read) do not reach the Disclosure yet.
  const { layout } = await ingestFile(bytes, path);
  return parseDisclosure(layout, opts.profile ? { profile: opts.profile } : {});
}
