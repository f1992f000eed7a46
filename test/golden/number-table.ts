// The "every number" walk, part 3: a table line number by number. A number is a code (of the
// row starting on that line), a list marker (1. of a 收入 item), a column ordinal (※ 1 2 3…), the
// table's number (表 3), or a cell: it must be in the row whose at.line is the closest at or before
// its line, in the column the expectation gives (or unplaced with that column among the
// candidates, for a cell whose column only the narrative decides).
import type { Table, TableRow } from '../../src/model/table.js';
import { tableKey } from './compare-tables.js';
import type { ExpectedCell, ExpectedRow, ExpectedTable } from './expected-types.js';
import { inText, type Finding } from './number-checks.js';
import { numbersIn, type PrintedNumber } from './number-walk.js';

interface Token {
  readonly text: string;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const isInteger = (t: Token) => /^\d+$/.test(t.text);

/** Cells of the expectation not yet matched to a printed number, by row index and column. */
type Consumed = Set<string>;

export interface TableWalk {
  readonly findings: Finding[];
  /** Expected cells no printed number matched (an error in the expectation). */
  readonly unprinted: string[];
}

export function walkTable(
  lines: readonly string[],
  e: ExpectedTable,
  t: Table | undefined,
  kept: ReadonlySet<number>,
): TableWalk {
  const findings: Finding[] = [];
  const consumed: Consumed = new Set();
  for (let line = e.lines[0]; line <= e.lines[1]; line++) {
    const text = lines[line - 1] ?? '';
    // Page numbers and part headings (第二部分 2025年…) are walked with the other parts.
    if (!kept.has(line) || !/\d/.test(text) || /^第[一二三四]部分/.test(text.trim())) continue;
    const tokens = numbersIn(text);
    const say = (tok: Token, ok: boolean, how: string) =>
      findings.push({ line, number: tok.text, ok, how });
    if (!t) {
      for (const tok of tokens) say(tok, false, 'the table was not found');
      continue;
    }
    if (text.trim().startsWith('※')) {
      const max = Math.max(...tokens.map((k) => k.value));
      for (const tok of tokens)
        say(tok, max === t.columns.length, `column ordinal (${t.columns.length} columns)`);
      continue;
    }
    if (/^表\s*\d+/.test(text.trim())) {
      for (const tok of tokens) say(tok, tableKey(t.number) === `表${tok.text}`, 'table number');
      continue;
    }
    const starting = e.rows.filter((r) => r.line === line);
    const used = new Set<Token>();
    for (const r of starting.filter((x) => x.code)) {
      const run = codeRun(tokens, r.code as string, used);
      if (!run) continue;
      const actual = coveringRows(t, line).find((a) => a.code === r.code);
      for (const tok of run) {
        used.add(tok);
        say(
          tok,
          !!actual,
          actual ? `code ${r.code}` : `code ${r.code}: no row with it at line ${line}`,
        );
      }
    }
    for (const tok of tokens) {
      if (used.has(tok)) continue;
      if (/^[.、．]\D/.test(text.slice(tok.end))) {
        const r = starting.find((x) => x.item);
        const ok = !!r && coveringRows(t, line).some((a) => a.item === r.item);
        say(tok, ok, `list marker of item ${r?.item ?? '?'}`);
        continue;
      }
      const cell = takeCell(e, line, tok.value, consumed);
      if (cell) {
        const [ok, how] = checkCell(e, t, line, cell);
        say(tok, ok, how);
        continue;
      }
      const n = asPrinted(line, text, tok);
      const rows = coveringRows(t, line);
      const where = [...rows, t.empty, t.notes, t.title];
      say(tok, inText(n, where), 'text of the row or table (no expected cell has this number)');
    }
  }
  const unprinted: string[] = [];
  e.rows.forEach((r, i) => {
    for (const [col, c] of Object.entries(r.values))
      if (!consumed.has(`${i}:${col}`)) unprinted.push(`L${r.line} ${r.name} ${col}=${value(c)}`);
  });
  return { findings, unprinted };
}

const value = (c: ExpectedCell) => (typeof c === 'number' ? c : c.value);

/** The run of tokens that prints `code` (201 03 01), or its last group alone (a 款's "03"). */
function codeRun(tokens: readonly Token[], code: string, used: Set<Token>): Token[] | undefined {
  const groups = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean);
  for (let i = 0; i + groups.length <= tokens.length; i++) {
    const run = tokens.slice(i, i + groups.length);
    if (run.every((t, k) => !used.has(t) && isInteger(t) && t.text === groups[k])) return run;
  }
  const first = tokens[0];
  if (first && groups.length > 1 && isInteger(first) && first.text === groups[groups.length - 1])
    return [first];
  return undefined;
}

/** The actual rows whose at.line is the closest at or before `line`. */
function coveringRows(t: Table, line: number): TableRow[] {
  let best = -1;
  for (const r of t.rows) {
    const l = r.at?.line;
    if (l !== undefined && l <= line && l > best) best = l;
  }
  return t.rows.filter((r) => r.at?.line === best);
}

interface CellRef {
  readonly row: ExpectedRow;
  readonly column: string | undefined;
  readonly cell: ExpectedCell;
  readonly candidates?: readonly string[];
}

/** The expected cell this printed number is: in the expected rows covering its line. */
function takeCell(
  e: ExpectedTable,
  line: number,
  v: number,
  consumed: Consumed,
): CellRef | undefined {
  let best = -1;
  for (const r of e.rows) if (r.line <= line && r.line > best) best = r.line;
  for (const [i, r] of e.rows.entries()) {
    if (r.line !== best) continue;
    for (const [col, c] of Object.entries(r.values)) {
      if (value(c) !== v || consumed.has(`${i}:${col}`)) continue;
      consumed.add(`${i}:${col}`);
      return { row: r, column: col, cell: c };
    }
    for (const [k, u] of (r.undetermined ?? []).entries()) {
      if (u.value !== v || consumed.has(`${i}:u${k}`)) continue;
      consumed.add(`${i}:u${k}`);
      return { row: r, column: undefined, cell: reasonless(u.value), candidates: u.columns };
    }
  }
  return undefined;
}

const reasonless = (v: number): ExpectedCell => ({ $reasoned: true, value: v, why: '' });

function checkCell(e: ExpectedTable, t: Table, line: number, ref: CellRef): [boolean, string] {
  const rows = coveringRows(t, line);
  const row = e.transposed
    ? t.rows.find((r) => r.item === ref.row.item)
    : (rows.find((r) => r.block === ref.row.block) ?? rows[0]);
  if (!row) return [false, `no row at or before line ${line}`];
  const label = `row L${row.at?.line ?? '?'} ${row.code ?? row.item ?? row.kind} ${row.project ?? row.name}`;
  const v = value(ref.cell);
  if (ref.column && row.values[ref.column] === v) return [true, `${label}, column ${ref.column}`];
  const wanted = ref.candidates ?? (ref.column ? [ref.column] : []);
  const lenient = typeof ref.cell !== 'number';
  const u = row.unplaced?.find(
    (x) => x.value === v && wanted.every((c) => x.candidates.includes(c)),
  );
  if (lenient && u)
    return [true, `${label}, unplaced (${u.candidates.join('|')}) — listed exception`];
  const placed = Object.entries(row.values).find(([, x]) => x === v);
  const got = placed
    ? `in column ${placed[0]}`
    : row.unplaced?.some((x) => x.value === v)
      ? 'unplaced'
      : 'absent';
  return [false, `${label}: expected in ${wanted.join('|') || '?'}, ${got}`];
}

function asPrinted(line: number, text: string, tok: Token): PrintedNumber {
  const compactBefore = text.slice(0, tok.start).replace(/\s+/g, '');
  const compact = text.replace(/\s+/g, '');
  const start = compactBefore.length;
  return {
    line,
    text: tok.text,
    value: tok.value,
    compact,
    start,
    end: start + tok.text.length,
    nextLine: '',
  };
}
