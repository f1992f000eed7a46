// Names of the Disclosure JSON files an import writes: the input's name without its extension,
// made safe on every common file system and unique in the output directory.
import { basename, extname } from 'node:path';

export const DISCLOSURE_SUFFIX = '.disclosure.json';
/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** File names are limited to 255 bytes; leave room for the suffix and a "-NNNN" counter. */
const MAX_STEM_BYTES = 200;

function truncateUtf8(s: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** The safe stem of one input's name ("document" when nothing usable is left). */
export function safeStem(file: string): string {
  const name = basename(file);
  const stem = name.slice(0, name.length - extname(name).length) || name;
  let safe = truncateUtf8(stem.normalize('NFC').replace(UNSAFE, '_'), MAX_STEM_BYTES)
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (!safe) safe = 'document';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/**
 * One output name per input, in order: "<stem>.disclosure.json", then "<stem>-2…" for later inputs
 * with the same stem (compared case-insensitively, as macOS and Windows do).
 */
export function outputNames(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = safeStem(file);
    let name = stem + DISCLOSURE_SUFFIX;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${DISCLOSURE_SUFFIX}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
