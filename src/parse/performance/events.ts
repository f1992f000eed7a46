// From the token stream and its rows to level events: each merged label (known, or a stray
// piece between rows that reads as one) with its level and the row it is printed before.
// Labels printed together (no row piece between them) form a run, and a run is read outside in:
// a 一级 comes before its 二级 ("产出\n指标\n时效\n指标", "满意度指标 满意度指标", "20履职效能"
// then "数量指标"), so a name that can be either level is 一级 when a 二级 follows it in its run,
// else 二级.
import type { LayoutLine } from '../../model/layout.js';
import { labelLevels, looksLikeLabel, type LabelLevel } from './labels.js';
import type { Token } from './pieces.js';
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
}

export function levelEvents(
  tokens: readonly Token[],
  pieceIndex: readonly number[],
  rows: readonly Row[],
  strays: readonly number[],
): EventsResult {
  const rowOfPiece = new Map<number, number>();
  rows.forEach((row, r) => {
    for (let k = row.first; k <= row.last; k++) rowOfPiece.set(k, r);
  });
  const strayPieces = new Set(strays);
  const result: EventsResult = { events: [], undecided: [], unplaced: [] };
  let run: RunItem[] = [];
  let lastStray: number | undefined;
  const flush = (row: number) => {
    if (run.length) resolveRun(run, row, result);
    run = [];
  };
  tokens.forEach((token, t) => {
    if (token.kind === 'label') {
      run.push({ name: token.name, known: true, line: token.line });
      lastStray = undefined;
      return;
    }
    const p = pieceIndex[t] as number;
    if (strayPieces.has(p)) {
      const prev = run[run.length - 1];
      // Fragments of one stray cell ("履职" "效能") are consecutive pieces.
      if (prev && !prev.known && lastStray === p - 1) prev.name += token.text;
      else run.push({ name: token.text, known: false, line: token.line });
      lastStray = p;
      return;
    }
    lastStray = undefined;
    flush(rowOfPiece.get(p) ?? rows.length);
  });
  flush(rows.length);
  return result;
}

function resolveRun(run: RunItem[], row: number, out: EventsResult): void {
  run.forEach((item, k) => {
    if (!item.known && !looksLikeLabel(item.name)) {
      out.unplaced.push({ text: item.name, line: item.line });
      return;
    }
    const levels = item.known ? labelLevels(item.name) : [];
    if (levels.length === 1) item.level = levels[0];
    else if (run[k - 1]?.level === 1) item.level = 2;
    else if (run.slice(k + 1).some((next) => canBeLevel2(next))) item.level = 1;
    else if (item.known) item.level = 2;
  });
  for (const item of run) {
    if (item.level) out.events.push({ name: item.name, level: item.level, row, line: item.line });
    else if (item.known || looksLikeLabel(item.name))
      out.undecided.push({ name: item.name, row, line: item.line });
  }
}

function canBeLevel2(item: RunItem): boolean {
  return item.known ? labelLevels(item.name).includes(2) : looksLikeLabel(item.name);
}
