// Tables flattened to text rows "a | b | c" (pages that paste a table as text, Markdown): each
// such row becomes cells in columns, so it reaches the table parser as a table row would. A line
// is a pipe row when it splits into two or more cells and either has two or more bars or stands
// next to another pipe row (one bar alone in one line is too weak: "甲 | 乙" may be prose). Rule
// rows ("|---|:---:|") are drawing, not text: dropped inside a block of pipe rows.
// (Tables flattened to one cell per line need nothing here: those lines reach the parser as the
// PDF-extracted text of the seeds does.)
import type { GridCell } from '../grid.js';

const BAR = /[|｜]/g;
const RULE_CELL = /^[\s:：=+—–-]*$/;
const RULE_MARK = /[-=—–]/;

/** The cells of a pipe row (edge bars dropped), or undefined when the line is not one. */
export function splitPipeRow(text: string): string[] | undefined {
  if (!text.includes('|') && !text.includes('｜')) return undefined;
  const parts = text.split(BAR).map((s) => s.trim());
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.length >= 2 ? parts : undefined;
}

function bars(text: string): number {
  return text.match(BAR)?.length ?? 0;
}

function isRule(cells: readonly string[]): boolean {
  return cells.every((c) => RULE_CELL.test(c)) && cells.some((c) => RULE_MARK.test(c));
}

export type PipeLine = { kind: 'cells'; cells: string[] } | { kind: 'rule' } | { kind: 'text' };

/** Classify each line of a run of prose lines. */
export function pipeLines(lines: readonly string[]): PipeLine[] {
  const split = lines.map(splitPipeRow);
  return lines.map((text, i) => {
    const cells = split[i];
    if (!cells) return { kind: 'text' };
    const strong = bars(text) >= 2 || split[i - 1] !== undefined || split[i + 1] !== undefined;
    if (!strong) return { kind: 'text' };
    return isRule(cells) ? { kind: 'rule' } : { kind: 'cells', cells };
  });
}

/** Grid cells of one pipe row, one column per cell (empty cells keep their column). */
export function pipeCells(cells: readonly string[], row: number, size: number): GridCell[] {
  const out: GridCell[] = [];
  cells.forEach((text, col) => {
    if (text !== '') out.push({ row, col, rowSpan: 1, colSpan: 1, text, size });
  });
  return out;
}
