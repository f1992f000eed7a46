// The zip container of XLSX and DOCX, checked before exceljs or mammoth sees it: both inflate
// every entry into memory, so a zip bomb (a small file that inflates to gigabytes) must be refused
// first. The central directory declares each entry's sizes; those are capped, and since a hostile
// file can declare small sizes and inflate to more, each entry is also inflated here with its
// output capped at the declared size (one entry in memory at a time), so the libraries never meet
// more bytes than the caps allow.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../model/errors.js';

/** XLSX/DOCX disclosures hold tens of parts; a workbook with images a few hundred. */
export const MAX_ZIP_ENTRIES = 5_000;
/** The largest part we inflate: a sheet XML of ~100k rows, or a large image. */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** All parts together, inflated (images included). */
export const MAX_ZIP_TOTAL_BYTES = 160 * 1024 * 1024;
/**
 * XML parts together, inflated: exceljs holds ~25 bytes of heap per byte of sheet XML (a 34 MB
 * sheet of 99,000 rows took 800 MB and 9 s), so this bounds memory to ~600 MB and time to ~6 s.
 * A disclosure's sheets are ~1 MB of XML.
 */
export const MAX_ZIP_XML_BYTES = 24 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

export interface ZipLimits {
  maxEntries?: number;
  maxEntryBytes?: number;
  maxTotalBytes?: number;
  maxXmlBytes?: number;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
}

function notZip(file: string, why: string): InputError {
  return new InputError('unreadable', `${file}: not a readable zip archive (${why})`, { file });
}

/** The entries listed in the central directory (nothing is inflated). */
export function zipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  let eocd = -1;
  const stop = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= stop; at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw notZip(file, 'no central directory');
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === ZIP64_MARK)
    throw new InputError('too-large', `${file}: a ZIP64 archive (over 4 GB or 65,535 parts)`, {
      file,
    });
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw notZip(file, 'the central directory is cut short or damaged');
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
    };
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/**
 * The archive's entries, after checking that it inflates within the limits: entry count,
 * declared and actual inflated sizes. Throws InputError (too-large, unreadable, unsupported).
 */
export function checkZip(bytes: Uint8Array, file: string, limits: ZipLimits = {}): ZipEntry[] {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES;
  const maxEntry = limits.maxEntryBytes ?? MAX_ZIP_ENTRY_BYTES;
  const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES;
  const maxXml = limits.maxXmlBytes ?? MAX_ZIP_XML_BYTES;
  const entries = zipEntries(bytes, file);
  const tooLarge = (what: string): InputError =>
    new InputError('too-large', `${file}: ${what}; refused as a possible zip bomb`, { file });
  if (entries.length > maxEntries)
    throw tooLarge(`${entries.length} parts (the limit is ${maxEntries})`);
  let total = 0;
  let xml = 0;
  for (const e of entries) {
    if (e.size === ZIP64_MARK || e.compressedSize === ZIP64_MARK)
      throw new InputError('too-large', `${file}: a ZIP64 part (${e.name})`, { file });
    if (e.size > maxEntry)
      throw tooLarge(`part ${e.name} inflates to ${e.size} bytes (the limit is ${maxEntry})`);
    total += e.size;
    if (total > maxTotal)
      throw tooLarge(`its parts inflate to over ${maxTotal} bytes (the limit for all parts)`);
    if (/\.(xml|rels)$/i.test(e.name)) xml += e.size;
    if (xml > maxXml)
      throw tooLarge(`its XML parts inflate to over ${maxXml} bytes (the limit for all XML parts)`);
  }
  for (const e of entries) verifyEntry(bytes, e, file);
  return entries;
}

/** Inflate one entry with its output capped at its declared size: the sizes must not lie. */
function verifyEntry(bytes: Uint8Array, e: ZipEntry, file: string): void {
  if (e.encrypted)
    throw new InputError(
      'unreadable',
      `${file}: the archive is encrypted (password protected); save it without a password`,
      { file },
    );
  if (e.method !== STORED && e.method !== DEFLATED)
    throw new InputError('unsupported', `${file}: part ${e.name} uses zip method ${e.method}`, {
      file,
    });
  const at = e.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw notZip(file, `part ${e.name} is missing or damaged`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw notZip(file, `part ${e.name} is cut short`);
  const data = bytes.subarray(start, end);
  if (e.method === STORED) {
    if (e.compressedSize !== e.size) throw notZip(file, `part ${e.name} has inconsistent sizes`);
    return;
  }
  let inflated: number;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) }).length;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new InputError(
        'too-large',
        `${file}: part ${e.name} inflates to more than the ${e.size} bytes it declares; refused as a possible zip bomb`,
        { file },
      );
    throw notZip(file, `part ${e.name} does not inflate`);
  }
  if (inflated !== e.size) throw notZip(file, `part ${e.name} has inconsistent sizes`);
}
