// Cells printed on more than one text line inside one chained line (lines.ts). A cell's text is
// measured and stacked by runs: the words of one text item, split at its spaces into pieces
// ("全面提升社区党员党性修养 ，提升书记综合素质 ，牢固树"), stay together, so a wrapped cell reads line
// after line instead of word by word ("…素质立全心全意为民服务意识，牢固树", 万里街道2023 p.34).
import type { Piece } from './pieces.js';

/** Pieces on one line whose x-ranges overlap by this share of the narrower are one stacked cell. */
const STACK_OVERLAP = 0.5;
/** Baselines further apart than this (in ems) are different text lines of a stacked cell. */
export const STACK_MIN_DY_EM = 0.3;
/** Words of one text run are at most this far apart (in ems): a space, however justified. */
const WORD_GAP_EM = 1;
/** Text of full-width letters only (CJK, full-width forms). */
export const WIDE_ONLY = /^[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60]+$/u;

/** Pieces of one text run on one baseline, left to right. */
interface Run {
  readonly pieces: Piece[];
  x0: number;
  x1: number;
  readonly y: number;
  readonly size: number;
}

function runsOf(line: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  for (const p of [...line].sort((a, b) => a.x0 - b.x0)) {
    const run = runs.find((r) => {
      const last = r.pieces[r.pieces.length - 1] as Piece;
      return (
        last.spaceAfter &&
        p.spaceBefore &&
        Math.abs(last.y - p.y) < STACK_MIN_DY_EM * p.size &&
        p.x0 >= last.x1 &&
        p.x0 - last.x1 < WORD_GAP_EM * p.size
      );
    });
    if (run) {
      run.pieces.push(p);
      run.x1 = Math.max(run.x1, p.x1);
    } else runs.push({ pieces: [p], x0: p.x0, x1: p.x1, y: p.y, size: p.size });
  }
  return runs;
}

function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  const o = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return o / Math.max(1e-6, Math.min(a.x1 - a.x0, b.x1 - b.x0));
}

/** Two runs one above the other in one column: a stacked cell's lines, or two rows'. */
function stacked(a: Run, b: Run): boolean {
  return (
    Math.abs(a.y - b.y) >= STACK_MIN_DY_EM * Math.min(a.size, b.size) &&
    overlap(a, b) >= STACK_OVERLAP
  );
}

/**
 * Could `lower` continue `upper` as a wrapped cell? A printer wraps only when the next word does
 * not fit, so a wrapped cell's line is never narrower than the line after it by more than that
 * line's first word (one character of CJK text), give or take half an em of estimate.
 */
function mayWrapInto(upper: Run, lower: Run): boolean {
  const first = lower.pieces[0] as Piece;
  const chars = Array.from(first.text);
  const perChar = (first.x1 - first.x0) / Math.max(1, chars.length);
  const word = WIDE_ONLY.test(chars[0] ?? '') ? 1 : chars.length;
  return upper.x1 - upper.x0 + word * perChar + 0.5 * lower.size >= lower.x1 - lower.x0;
}

/**
 * A chained line that holds two rows, cut in two (each part looked at again). Chaining through a
 * label centred between two rows (万里街道2023 p.34 prints rows 1.4 em apart with 质量指标 between
 * them) reads "中心全年活动人次" over "完善人大代表 “家站点”建设" as one wrapped name: a lower run
 * that no upper run could wrap into says the line is two. The cut is midway between their
 * baselines (a label wrapped across it, "服务对象满意" / "度指标", is cut too: the reader of its
 * table joins such labels).
 */
export function splitRows(line: Piece[]): Piece[][] {
  const parts = cutRuns(runsOf(line));
  if (parts.length === 1) return [line];
  // Each part's pieces in the line's order (top to bottom: lines.ts reads its ends).
  const partOf = new Map<Piece, number>();
  parts.forEach((runs, k) => {
    for (const r of runs) for (const p of r.pieces) partOf.set(p, k);
  });
  return parts.map((_, k) => line.filter((p) => partOf.get(p) === k));
}

function cutRuns(runs: Run[]): Run[][] {
  for (const upper of runs)
    for (const lower of runs) {
      if (lower.y <= upper.y || !stacked(upper, lower) || mayWrapInto(upper, lower)) continue;
      const cut = (upper.y + lower.y) / 2;
      return [
        ...cutRuns(runs.filter((r) => r.y < cut)),
        ...cutRuns(runs.filter((r) => r.y >= cut)),
      ];
    }
  return [runs];
}

/** The text of a run, as one token: tokens hold no spaces (a stacked cell's lines join bare). */
function runText(r: Run): string {
  return r.pieces.map((p) => p.text).join('');
}

/** Merge runs stacked in one column (a wrapped cell) into one piece, top line first. */
export function stackCells(line: Piece[]): Piece[] {
  const runs = runsOf(line).sort((a, b) => a.x0 - b.x0 || a.y - b.y);
  // Each stack: its runs, and the x-range and top they cover so far.
  const stacks: { runs: Run[]; x0: number; x1: number; y: number; size: number }[] = [];
  for (const r of runs) {
    const host = stacks.find(
      (s) => Math.abs(s.y - r.y) >= STACK_MIN_DY_EM * r.size && overlap(s, r) >= STACK_OVERLAP,
    );
    if (!host) {
      stacks.push({ runs: [r], x0: r.x0, x1: r.x1, y: r.y, size: r.size });
      continue;
    }
    host.runs.push(r);
    host.x0 = Math.min(host.x0, r.x0);
    host.x1 = Math.max(host.x1, r.x1);
    host.y = Math.min(host.y, r.y);
  }
  const out: Piece[] = [];
  for (const s of stacks) {
    if (s.runs.length === 1) {
      out.push(...(s.runs[0] as Run).pieces);
      continue;
    }
    const ordered = [...s.runs].sort((a, b) => a.y - b.y);
    const top = (ordered[0] as Run).pieces[0] as Piece;
    const bottom = ordered[ordered.length - 1] as Run;
    out.push({
      text: ordered.map(runText).join(''),
      x0: s.x0,
      x1: s.x1,
      y: s.y,
      size: top.size,
      spaceBefore: top.spaceBefore,
      spaceAfter: (bottom.pieces[bottom.pieces.length - 1] as Piece).spaceAfter,
    });
  }
  return out.sort((a, b) => a.x0 - b.x0);
}
