// Classification codes of a table's rows against the catalog. Most 项 in the catalog are not yet
// confirmed (docs/catalog.md), so an unknown code or a different name is a warning only; the row
// is kept as printed.
import { matchName, type CodeSystem, type NameMatch } from '../../model/catalog/index.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { RowKey } from '../../model/specs/index.js';
import { rowAt, type RawRow } from './raw-row.js';

export function codeWarnings(
  rows: readonly RawRow[],
  rowKey: RowKey,
  table: { kind: string; number: string },
  year?: number,
): ParseWarning[] {
  const system = rowKey === 'economic' ? 'economic' : 'function';
  const out: ParseWarning[] = [];
  const remembered = matchesOf(system, year);
  for (const row of rows) {
    if (!row.code) continue;
    const m = rememberedMatch(remembered, system, row.name, row.code, year);
    if (m.kind === 'unknown-code') {
      out.push({
        code: 'code-unknown',
        message: `${row.code} ${row.name}: code not in the ${system === 'economic' ? '经济分类' : '功能分类'} catalog (kept as printed)`,
        table: table.kind,
        tableNumber: table.number,
        row: row.code,
        at: rowAt(row),
      });
    } else if (m.kind === 'mismatch' && row.name) {
      out.push({
        code: 'name-mismatch',
        message: `${row.code}: printed "${row.name}", the catalog says "${m.expected ?? m.entry?.name ?? '?'}"`,
        table: table.kind,
        tableNumber: table.number,
        row: row.code,
        at: rowAt(row),
      });
    }
  }
  return out;
}

// The catalog is fixed and a 科目's printed code and name recur in every table and document, so
// matches are remembered by (system, year), code and name (the row's own strings, whose hashes
// V8 keeps: no key is built per row); the cache is cleared when full.
const MAX_REMEMBERED = 4096;
type Remembered = Map<string, Map<string, NameMatch>>;
const matches = new Map<string, Remembered>();
let remembered = 0;

function matchesOf(system: CodeSystem, year?: number): Remembered {
  const key = `${system}:${year ?? ''}`;
  let byCode = matches.get(key);
  if (!byCode) matches.set(key, (byCode = new Map()));
  return byCode;
}

function rememberedMatch(
  byCode: Remembered,
  system: CodeSystem,
  name: string,
  code: string,
  year?: number,
): NameMatch {
  let byName = byCode.get(code);
  let m = byName?.get(name);
  if (!m) {
    m = matchName(system, name, { code, ...(year ? { year } : {}) });
    if (remembered >= MAX_REMEMBERED) {
      for (const map of matches.values()) map.clear();
      remembered = 0;
      byName = undefined;
    }
    if (!byName) byCode.set(code, (byName = new Map()));
    byName.set(name, m);
    remembered++;
  }
  return m;
}
