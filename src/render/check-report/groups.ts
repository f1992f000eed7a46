// Findings of one entry arranged as a reader goes through the document: by table (in the
// document's order, findings in the table's row and column order), then by narrative section,
// then the completeness ledger, then anything else. Findings are numbered in that order, so the
// HTML markers and the lists agree.
import type { CheckEntry } from '../../model/check-report.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import type { NarrativeSection } from '../../model/narrative.js';
import { TABLE_KINDS, type Table, type TableKind } from '../../model/table.js';
import { tableOf, tableTitle } from './labels.js';
import { rowIndexOf, sectionIndexOf } from './locate.js';

export interface NumberedFinding {
  readonly n: number;
  readonly finding: Finding;
}

export interface TableGroup {
  readonly kind: TableKind;
  readonly title: string;
  /** The document's table, when it has one of this kind. */
  readonly table?: Table;
  readonly findings: NumberedFinding[];
}

export interface SectionGroup {
  readonly title: string;
  readonly section?: NarrativeSection;
  readonly findings: NumberedFinding[];
}

export interface EntryGroups {
  readonly tables: TableGroup[];
  readonly sections: SectionGroup[];
  /** The obligations ledger: completeness findings of every outcome. */
  readonly completeness: NumberedFinding[];
  readonly other: NumberedFinding[];
}

const KIND_ORDER = new Map<TableKind, number>(TABLE_KINDS.map((k, i) => [k, i]));

export function groupFindings(
  entry: CheckEntry,
  d: Disclosure | undefined,
  opts: { passes?: boolean } = {},
): EntryGroups {
  const tableBuckets = new Map<Table | TableKind, Finding[]>();
  const sectionBuckets = new Map<number | string, Finding[]>();
  const completeness: Finding[] = [];
  const other: Finding[] = [];
  const sections = d?.narrative.sections ?? [];
  for (const f of entry.findings) {
    const loc = f.location;
    if (f.category === 'completeness') completeness.push(f);
    else if (f.outcome === 'pass' && !opts.passes) continue;
    else if (loc.section) {
      const key = sectionIndexOf(sections, loc) ?? loc.section;
      push(sectionBuckets, key, f);
    } else if (loc.table) push(tableBuckets, tableOf(d, loc) ?? loc.table, f);
    else other.push(f);
  }

  const tableKeys = [...tableBuckets.keys()].sort((a, b) => tableRank(a) - tableRank(b));
  const sectionKeys = [...sectionBuckets.keys()].sort(
    (a, b) => (typeof a === 'number' ? a : 1e9) - (typeof b === 'number' ? b : 1e9),
  );
  let n = 0;
  const number = (fs: readonly Finding[]): NumberedFinding[] =>
    fs.map((finding) => ({ n: ++n, finding }));

  const tables = tableKeys.map((key): TableGroup => {
    const table = typeof key === 'string' ? undefined : key;
    const kind = table?.kind ?? (key as TableKind);
    const fs = tableBuckets.get(key)!;
    const number0 = fs.find((f) => f.location.tableNumber)?.location.tableNumber;
    return {
      kind,
      title: tableTitle(kind, number0, table),
      ...(table ? { table } : {}),
      findings: number(table ? inTableOrder(table, fs) : fs),
    };
  });
  const sectionGroups = sectionKeys.map((key): SectionGroup => {
    const section = typeof key === 'number' ? sections[key] : undefined;
    const title = section ? `${section.parent ?? ''}${section.number} ${section.title}` : `${key}`;
    return { title, ...(section ? { section } : {}), findings: number(sectionBuckets.get(key)!) };
  });
  return {
    tables,
    sections: sectionGroups,
    completeness: number(completeness),
    other: number(other),
  };

  function tableRank(key: Table | TableKind): number {
    if (typeof key !== 'string') return d ? d.tables.indexOf(key) : 0;
    return 1000 + (KIND_ORDER.get(key) ?? 0);
  }
}

function push<K>(map: Map<K, Finding[]>, key: K, f: Finding): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/** Findings in the order a reader meets their cells: by row, then by column; others last. */
function inTableOrder(table: Table, fs: readonly Finding[]): Finding[] {
  const columns = new Map(table.columns.map((c, i) => [c.id, i]));
  const keyed = fs.map((f, i) => ({
    f,
    i,
    row: rowIndexOf(table, f.location) ?? Number.MAX_SAFE_INTEGER,
    col: f.location.column ? (columns.get(f.location.column) ?? -1) : -1,
  }));
  keyed.sort((a, b) => a.row - b.row || a.col - b.col || a.i - b.i);
  return keyed.map((k) => k.f);
}
