// Converts the public 政府收支分类科目 code lists (CSV, see SOURCES.md beside them) into the
// compact JSON committed under src/model/catalog/data/. Usage: npm run catalog [-- <csv dir>]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BUDGET_SCOPES,
  CONFIDENCES,
  DATA_FILES,
  FORMAT_VERSION,
  type CatalogLevel,
  type CodeSystem,
  type RawCatalogFile,
  type RawEntry,
  type RawExtra,
  type RawFormerName,
} from '../src/model/catalog/format.js';

export const SOURCE_FILES: Record<CodeSystem, string> = {
  function: 'functional.csv',
  economic: 'economic-department.csv',
  'economic-government': 'economic-government.csv',
};

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_SOURCE_DIR = resolve(PROJECT_ROOT, '../shared/data/classification');
export const DATA_DIR = join(PROJECT_ROOT, 'src/model/catalog/data');

const LEVEL_LENGTH: Record<CatalogLevel, number> = { 类: 3, 款: 5, 项: 7 };

/** RFC 4180 reader: quoted fields may hold commas, newlines and "" escapes; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

interface SourceRow {
  code: string;
  name: string;
  level: CatalogLevel;
  parent: string;
  edition: number;
  scope: string;
  confidence: number;
  note: string;
}

function readRows(system: CodeSystem, csvText: string, file: string): SourceRow[] {
  const [header, ...body] = parseCsv(csvText);
  const need = ['code', 'name', 'level', 'parent', 'edition', 'confidence', 'note'];
  if (system === 'function') need.push('scope');
  const col = new Map((header ?? []).map((h, i) => [h.trim(), i]));
  for (const c of need) if (!col.has(c)) throw new Error(`${file}: missing column "${c}"`);
  const get = (r: string[], c: string) => (col.has(c) ? (r[col.get(c)!] ?? '').trim() : '');
  return body
    .filter((r) => r.some((f) => f.trim() !== ''))
    .map((r, i) => {
      const where = `${file} line ${i + 2}`;
      const code = get(r, 'code');
      const level = get(r, 'level') as CatalogLevel;
      const parent = get(r, 'parent');
      const edition = Number(get(r, 'edition'));
      const confidence = CONFIDENCES.indexOf(get(r, 'confidence') as never);
      const name = get(r, 'name');
      if (!/^\d+$/.test(code) || LEVEL_LENGTH[level] !== code.length)
        throw new Error(`${where}: code "${code}" does not fit level "${level}"`);
      if (system !== 'function' && level === '项') throw new Error(`${where}: 项 in ${system}`);
      if (parent !== (code.length > 3 ? code.slice(0, -2) : ''))
        throw new Error(`${where}: parent "${parent}" is not the code prefix of ${code}`);
      if (!Number.isInteger(edition) || edition < 1990 || edition > 2100)
        throw new Error(`${where}: bad edition`);
      if (confidence < 0) throw new Error(`${where}: unknown confidence`);
      if (name === '') throw new Error(`${where}: empty name`);
      const row = { code, name, level, parent, edition, confidence, note: get(r, 'note') };
      return { ...row, scope: get(r, 'scope') };
    });
}

function scopeMask(scope: string, code: string): number {
  if (scope === '') return 0;
  let mask = 0;
  for (const s of scope.split('、')) {
    const bit = BUDGET_SCOPES.indexOf(s as never);
    if (bit < 0) throw new Error(`${code}: unknown scope "${s}"`);
    mask |= 1 << bit;
  }
  return mask;
}

/** Pure conversion of one CSV into the committed JSON structure (the drift test reruns it). */
export function convertCatalog(system: CodeSystem, csvText: string, file: string): RawCatalogFile {
  const rows = readRows(system, csvText, file);
  const edition = Math.max(...rows.map((r) => r.edition));
  const byCode = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const list = byCode.get(r.code) ?? [];
    if (list.some((o) => o.edition === r.edition))
      throw new Error(`${file}: duplicate ${r.code} in edition ${r.edition}`);
    byCode.set(r.code, [...list, r]);
  }
  const entries: RawEntry[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const parent = code.length > 3 ? code.slice(0, -2) : '';
    if (parent && !byCode.has(parent)) throw new Error(`${file}: ${code} has no parent row`);
    const [newest, ...older] = byCode.get(code)!.sort((a, b) => b.edition - a.edition);
    if (!newest) continue;
    const former: RawFormerName[] = [];
    let lastName = newest.name;
    for (const r of older) {
      // Same name in an older edition adds nothing: the newer span already covers it.
      if (r.name === lastName) continue;
      former.push(
        r.note ? [r.name, r.edition, r.confidence, r.note] : [r.name, r.edition, r.confidence],
      );
      lastName = r.name;
    }
    const extra: RawExtra = {};
    if (former.length > 0) extra.former = former;
    if (newest.edition < edition) {
      extra.until = newest.edition;
      if (newest.note) extra.note = newest.note;
    }
    const entry: RawEntry = [code, newest.name, newest.confidence, scopeMask(newest.scope, code)];
    if (Object.keys(extra).length > 0) entry.push(extra);
    entries.push(entry);
  }
  const scopes = system === 'function' ? [...BUDGET_SCOPES] : [];
  return { format: FORMAT_VERSION, system, edition, confidence: [...CONFIDENCES], scopes, entries };
}

/** Deterministic text: header fields, then one entry per line (small diffs on regeneration). */
export function serializeCatalog(file: RawCatalogFile): string {
  const { entries, ...head } = file;
  const headLines = Object.entries(head).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
  return `{\n${headLines.join('\n')}\n  "entries": [\n${body}\n  ]\n}\n`;
}

/** JSON text per output file name, from the CSVs in `sourceDir`. */
export function buildCatalogFiles(sourceDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const system of Object.keys(SOURCE_FILES) as CodeSystem[]) {
    const file = SOURCE_FILES[system];
    const raw = convertCatalog(system, readFileSync(join(sourceDir, file), 'utf8'), file);
    out.set(DATA_FILES[system], serializeCatalog(raw));
  }
  return out;
}

function main(): void {
  const sourceDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SOURCE_DIR;
  const missing = [sourceDir, ...Object.values(SOURCE_FILES).map((f) => join(sourceDir, f))].find(
    (p) => !existsSync(p),
  );
  if (missing) {
    console.error(`build-catalog: not found: ${missing} (pass the CSV folder as first argument)`);
    process.exit(2);
  }
  for (const [name, text] of buildCatalogFiles(sourceDir)) {
    writeFileSync(join(DATA_DIR, name), text);
    const count = (JSON.parse(text) as RawCatalogFile).entries.length;
    console.log(`wrote ${join(DATA_DIR, name)} (${count} entries)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
