// Compare a Disclosure read back from a rendered document with the one rendered: every table
// (kind, number, rows' kind/code/name/unit/project, every amount), identity, summary and, where
// the format carries prose, the narrative facts. Returns the differences, first ones first, as
// lines a failing test prints.
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Table, TableRow } from '../../src/model/table.js';

export interface CompareOptions {
  /** Compare narrative facts (formats that carry the 情况说明 as text). */
  readonly facts?: boolean;
  /**
   * Numbers the source could not place: the format prints each in a column (its first free
   * candidate), so the read-back may place it there. Accept a placed value in a candidate column.
   */
  readonly placesUnplaced?: boolean;
  /**
   * The text format carries no column positions: a number of a row whose arithmetic admits
   * several columns comes back unplaced. Accept it when its candidates include the column the
   * rendered Disclosure had it in.
   */
  readonly acceptsUnplaced?: boolean;
  /**
   * The composer states a 三公 table published empty as zeros in `summary.threePublic`; parse
   * gives null for a table with no rows. Compare the rest of the summary only, in that case.
   */
  readonly emptyThreePublicUnknown?: boolean;
}

function rowKey(r: TableRow): string {
  return [r.kind, r.block ?? '', r.code ?? '', r.name, r.unit ?? '', r.project ?? ''].join('|');
}

function compareRow(where: string, a: TableRow, b: TableRow, opts: CompareOptions, out: string[]) {
  if (rowKey(a) !== rowKey(b)) out.push(`${where}: row ${rowKey(a)} ≠ ${rowKey(b)}`);
  const expected: Record<string, number> = { ...a.values };
  const loose = a.unplaced ?? [];
  if (opts.placesUnplaced) {
    for (const u of loose) {
      const col = u.candidates.find((c) => b.values[c] === u.value && expected[c] === undefined);
      if (col) expected[col] = u.value;
    }
  } else if (!opts.acceptsUnplaced) {
    const la = JSON.stringify(loose.map((u) => [u.value, u.candidates]));
    const lb = JSON.stringify((b.unplaced ?? []).map((u) => [u.value, u.candidates]));
    if (la !== lb) out.push(`${where} ${a.name}: unplaced ${la} ≠ ${lb}`);
  }
  const actual: Record<string, number> = { ...b.values };
  if (opts.acceptsUnplaced) {
    for (const u of b.unplaced ?? []) {
      const col = u.candidates.find((c) => a.values[c] === u.value && actual[c] === undefined);
      if (col) actual[col] = u.value;
    }
  }
  const cols = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const c of cols) {
    if (expected[c] !== actual[c])
      out.push(`${where} ${a.code ?? ''} ${a.name} [${c}]: ${expected[c]} ≠ ${actual[c]}`);
  }
}

/**
 * Items printed as columns (新疆 2021 三公): parse keeps a number whose item it cannot tell on the
 * 合计 row, with the items as candidates. Move it to the item the rendered table had it on.
 */
function settleTransposed(a: Table, b: Table): Table {
  const total = b.rows.find((r) => r.kind === 'total');
  if (!total?.unplaced?.length) return b;
  const rows = b.rows.map((r) => ({ ...r, values: { ...r.values } }));
  const left = total.unplaced.filter((u) => {
    const at = u.candidates.findIndex((item) => {
      const mine = a.rows.find((r) => r.item === item);
      const theirs = rows.find((r) => r.item === item);
      return mine?.values.total === u.value && theirs && theirs.values.total === undefined;
    });
    if (at < 0) return true;
    const theirs = rows.find((r) => r.item === u.candidates[at])!;
    theirs.values.total = u.value;
    return false;
  });
  return { ...b, rows: rows.map((r) => (r.kind === 'total' ? { ...r, unplaced: left } : r)) };
}

function compareTable(a: Table, bRead: Table | undefined, opts: CompareOptions, out: string[]) {
  const where = `${a.number ?? ''} ${a.kind}`;
  if (!bRead) return void out.push(`${where}: missing in the read-back`);
  const b = opts.acceptsUnplaced && a.kind === 'three-public' ? settleTransposed(a, bRead) : bRead;
  if (a.number !== b.number) out.push(`${where}: number ${a.number} ≠ ${b.number}`);
  if (a.title !== b.title) out.push(`${where}: title ${a.title} ≠ ${b.title}`);
  if (a.unit !== b.unit) out.push(`${where}: unit ${a.unit} ≠ ${b.unit}`);
  if (a.department !== b.department)
    out.push(`${where}: department ${a.department} ≠ ${b.department}`);
  if (Boolean(a.empty) !== Boolean(b.empty))
    out.push(`${where}: empty ${!!a.empty} ≠ ${!!b.empty}`);
  const ca = a.columns.map((c) => `${c.block ?? ''}${c.id}`).join(',');
  const cb = b.columns.map((c) => `${c.block ?? ''}${c.id}`).join(',');
  if (ca !== cb) out.push(`${where}: columns ${ca} ≠ ${cb}`);
  // A table published empty reads back without rows, even where the rendered one listed blank
  // rows under its statement (composed 三公 tables of zeros).
  const blank = a.rows.every((r) => Object.keys(r.values).length === 0);
  if (a.empty && b.empty && b.rows.length === 0 && blank) return;
  if (a.rows.length !== b.rows.length)
    out.push(`${where}: ${a.rows.length} rows ≠ ${b.rows.length}`);
  // Two-sided tables: compare each block's rows in order (the printed line order interleaves them).
  const blocks = [undefined, 'income', 'expenditure'] as const;
  for (const block of blocks) {
    const ra = a.rows.filter((r) => r.block === block);
    const rb = b.rows.filter((r) => r.block === block);
    ra.forEach((r, i) => {
      const other = rb[i];
      if (!other) out.push(`${where}: row ${i} ${rowKey(r)} missing`);
      else compareRow(`${where} row ${i}`, r, other, opts, out);
    });
  }
}

const stable = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => x);

// The sentence a fact was read from is compared without whitespace: a PDF re-flows prose, and
// a line break inside "减少 381.98万元" may come back as no space at all. Every figure is compared
// exactly.
function factKey(f: Disclosure['narrative']['facts'][number]): string {
  const { at: _at, text, ...rest } = f;
  return stable({ ...rest, text: text.replace(/\s+/g, '') });
}

function unsettled(d: Disclosure): boolean {
  return d.tables.some((t) => t.kind === 'three-public' && t.rows.some((r) => r.unplaced?.length));
}

export function compareDisclosures(
  a: Disclosure,
  b: Disclosure,
  opts: CompareOptions = {},
): string[] {
  const out: string[] = [];
  for (const k of [
    'department',
    'kind',
    'scope',
    'year',
    'unit',
    'signedDate',
    'signedBy',
  ] as const)
    if (a.identity[k] !== b.identity[k])
      out.push(`identity.${k}: ${a.identity[k]} ≠ ${b.identity[k]}`);
  if (a.profile !== b.profile) out.push(`profile: ${a.profile} ≠ ${b.profile}`);
  if (a.tables.length !== b.tables.length)
    out.push(`tables: ${a.tables.length} ≠ ${b.tables.length}`);
  a.tables.forEach((t, i) => compareTable(t, b.tables[i], opts, out));
  const emptyThreePublic = a.tables.some((t) => t.kind === 'three-public' && t.empty);
  const summaryOf = (d: Disclosure) =>
    opts.emptyThreePublicUnknown && emptyThreePublic
      ? { ...d.summary, threePublic: null }
      : d.summary;
  const sa: Record<string, unknown> = summaryOf(a);
  const sb: Record<string, unknown> = summaryOf(b);
  for (const k of new Set([...Object.keys(sa), ...Object.keys(sb)])) {
    // A figure whose cells came back unplaced cannot be computed from the read-back (null; for
    // the 三公 figures, 0 for the items whose value stayed on the 合计 row).
    if (opts.acceptsUnplaced && (sb[k] === null || (k === 'threePublic' && unsettled(b)))) continue;
    if (stable(sa[k]) !== stable(sb[k]))
      out.push(`summary.${k}: ${stable(sa[k])} ≠ ${stable(sb[k])}`);
  }
  if (opts.facts) {
    const fa = a.narrative.facts.map(factKey);
    const fb = b.narrative.facts.map(factKey);
    if (fa.length !== fb.length) out.push(`facts: ${fa.length} ≠ ${fb.length}`);
    fa.forEach((f, i) => {
      if (f !== fb[i]) out.push(`fact ${i}: ${f} ≠ ${fb[i] ?? '(none)'}`);
    });
  }
  return out;
}

/** The first differences as a message for a failing assertion. */
export function describeDifferences(diffs: readonly string[], max = 15): string {
  if (diffs.length === 0) return 'same';
  return [
    `${diffs.length} differences, first ${Math.min(max, diffs.length)}:`,
    ...diffs.slice(0, max),
  ].join('\n  ');
}
