// From the token stream and its rows to level events: each merged label (known, or a stray
// piece between rows that reads as one) with its level and the row it is printed before.
// Labels printed together (no row piece between them) form a run, and a run is read outside in:
// a 一级 comes before its 二级 ("产出\n指标\n时效\n指标", "满意度指标 满意度指标", "20履职效能"
// then "数量指标"), so a name that can be either level is 一级 when a 二级 follows it in its run,
// else 二级.
import type { LayoutLine } from '../../model/layout.js';
import { labelLevels, looksLikeLabel, type LabelLevel } from './labels.js';
import type { Piece, Token } from './pieces.js';
import type { Row } from './rows.js';
import type { LevelEvent } from './spans.js';

export interface EventsResult {
  events: (LevelEvent & { line: LayoutLine })[];
  /** Label-like text between rows whose level its run does not tell (an unknown name alone). */
  undecided: { name: string; row: number; line: LayoutLine }[];
  /** Text between rows that is not a label. */
  unplaced: { text: string; line: LayoutLine }[];
}

interface RunItem {
  name: string;
  known: boolean;
  line: LayoutLine;
  level?: LabelLevel;
  y?: number;
}

export function levelEvents(
  tokens: readonly Token[],
  pieces: number,
  rows: readonly Row[],
  strays: readonly number[],
  tops: readonly number[] | undefined,
): EventsResult {
  // By piece (counted along the tokens): its row (-1 when none), and whether it is a stray.
  // (Plain arrays: a new typed array costs more than these few hundred entries.)
  const rowOfPiece = new Array<number>(pieces).fill(-1);
  rows.forEach((row, r) => rowOfPiece.fill(r, row.first, row.last + 1));
  const strayPieces = new Array<number>(pieces).fill(0);
  for (const k of strays) strayPieces[k] = 1;
  // Lines holding a row's piece: a label elsewhere is printed between rows. Only the lines of
  // labels and strays are asked about (resolveRun), so only those are kept: a few, not every
  // line of the body.
  const asked = new Set<LayoutLine>();
  let piece = -1;
  for (const token of tokens)
    if (token.kind === 'label' || strayPieces[++piece] === 1) asked.add(token.line);
  const rowLines = new Set<LayoutLine>();
  let lastLine: LayoutLine | undefined;
  piece = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind !== 'piece') continue;
    piece++;
    // (A line's pieces come together: each line is looked at once, not once per piece.)
    if (token.line === lastLine || strayPieces[piece] === 1) continue;
    if (asked.has(token.line)) rowLines.add(token.line);
    lastLine = token.line;
  }
  const result: EventsResult = { events: [], undecided: [], unplaced: [] };
  const place = rowPlacer(tops);
  let run: RunItem[] = [];
  let lastStray: number | undefined;
  // (Called after every row piece: a new run only once the last one was read.)
  const flush = (row: number) => {
    if (run.length === 0) return;
    resolveRun(run, row, result, rowLines, place);
    run = [];
  };
  let p = -1;
  for (const token of tokens) {
    if (token.kind === 'label') {
      run.push(runItem(token.name, true, token));
      lastStray = undefined;
      continue;
    }
    p++;
    if (strayPieces[p] === 1) {
      const prev = run[run.length - 1];
      // Fragments of one stray cell ("履职" "效能") are consecutive pieces.
      if (prev && !prev.known && lastStray === p - 1) prev.name += token.text;
      else run.push(runItem(token.text, false, token));
      lastStray = p;
      continue;
    }
    lastStray = undefined;
    const row = rowOfPiece[p] as number;
    flush(row < 0 ? rows.length : row);
  }
  flush(rows.length);
  return result;
}

function resolveRun(
  run: RunItem[],
  row: number,
  out: EventsResult,
  rowLines: ReadonlySet<LayoutLine>,
  place: (y: number | undefined) => number | undefined,
): void {
  run.forEach((item, k) => {
    if (!item.known && !looksLikeLabel(item.name)) {
      out.unplaced.push({ text: item.name, line: item.line });
      return;
    }
    const levels = item.known ? labelLevels(item.name) : [];
    if (levels.length === 1) item.level = levels[0];
    else if (run[k - 1]?.level === 1) item.level = 2;
    else if (laterCanBeLevel2(run, k)) item.level = 1;
    else if (item.known) item.level = 2;
  });
  for (const item of run) {
    if (item.level) {
      const event: LevelEvent & { line: LayoutLine } = {
        name: item.name,
        level: item.level,
        row,
        line: item.line,
      };
      if (!rowLines.has(item.line)) event.between = true;
      const middle = place(item.y);
      if (middle !== undefined && item.y !== undefined) {
        event.middle = middle;
        event.y = item.y;
      }
      out.events.push(event);
    } else if (item.known || looksLikeLabel(item.name))
      out.undecided.push({ name: item.name, row, line: item.line });
  }
}

/** Can an item after run[k] be a 二级? (A loop: no copy of the rest per item.) */
function laterCanBeLevel2(run: readonly RunItem[], k: number): boolean {
  for (let m = k + 1; m < run.length; m++) if (canBeLevel2(run[m] as RunItem)) return true;
  return false;
}

function canBeLevel2(item: RunItem): boolean {
  return item.known ? labelLevels(item.name).includes(2) : looksLikeLabel(item.name);
}

// (No spread of an optional y: it costs an object per item.)
function runItem(name: string, known: boolean, token: Token): RunItem {
  const { line, y } = token;
  return y === undefined ? { name, known, line } : { name, known, line, y };
}

/**
 * PDF: each row's first baseline (its first piece's), top to bottom; undefined without
 * positions or when the rows do not go down the page in order.
 */
export function rowTops(pieces: readonly Piece[], rows: readonly Row[]): number[] | undefined {
  // Without positions (text layouts) the first row tells at once.
  if (rows.length === 0 || pieces[(rows[0] as Row).first]?.y === undefined) return undefined;
  const ys = rows.map((row) => pieces[row.first]?.y);
  const ordered = ys.every((y, r) => y !== undefined && (r === 0 || y > (ys[r - 1] as number)));
  return ordered ? (ys as number[]) : undefined;
}

/**
 * PDF: where a baseline falls among the rows, in rows (1.5 is halfway between rows 1 and 2),
 * from each row's first baseline (see rowTops).
 */
function rowPlacer(
  at: readonly number[] | undefined,
): (y: number | undefined) => number | undefined {
  if (!at) return () => undefined;
  return (y) => {
    if (y === undefined) return undefined;
    if (y <= (at[0] as number)) return 0;
    for (let r = 0; r + 1 < at.length; r++) {
      const a = at[r] as number;
      const b = at[r + 1] as number;
      if (y < b) return r + (y - a) / (b - a);
    }
    return at.length - 1;
  };
}
