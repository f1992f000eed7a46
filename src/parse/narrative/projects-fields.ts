// The labelled fields of a project in the 项目支出情况说明 ("设立的政策依据：…") and where a line
// without a label belongs. The extraction moves text around (seed 000 lines 1350–1391): a cut
// field's rest can land after later fields, so a continuation goes to the field that is still
// open, not simply to the last one (see chooseField).
import type { LayoutLine } from '../../model/layout.js';
import {
  addLine,
  closesBracket,
  compact,
  newRun,
  runText,
  type TextRun,
  unclosedBrackets,
} from '../text/prose.js';

export type FieldName = 'name' | 'basis' | 'scale' | 'owner' | 'allocation' | 'period';

// Longest label first, so that 设立的政策依据 is not read as 政策依据 + rest.
const LABELS: readonly [string, FieldName][] = [
  ['设立的政策依据', 'basis'],
  ['项目设立依据', 'basis'],
  ['政策依据', 'basis'],
  ['立项依据', 'basis'],
  ['预算安排规模', 'scale'],
  ['安排规模', 'scale'],
  ['预算规模', 'scale'],
  ['项目承担单位', 'owner'],
  ['项目实施单位', 'owner'],
  ['承担单位', 'owner'],
  ['实施单位', 'owner'],
  ['资金分配情况', 'allocation'],
  ['资金分配', 'allocation'],
  ['资金执行时间', 'period'],
  ['项目执行时间', 'period'],
  ['执行时间', 'period'],
  ['项目名称', 'name'],
];
const LABEL_ALT = LABELS.map(([l]) => l).join('|');
// "（一）项目名称：" (seed 000), "1.项目名称：" (seed 004); the number is kept as printed.
const LABELLED = new RegExp(
  `^\\s*((?:[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[)）]|\\d{1,2}\\s*[.．、])?)\\s*(${LABEL_ALT})\\s*[：:]`,
);
// A second label on the same line, after a full stop: "…77万元。项目承担单位：…".
const INLINE_LABEL = new RegExp(`(?=(?:${LABEL_ALT})\\s*[：:])(?<=[。；;]\\s*)`);
const COLON = /[：:]/;

export interface Piece {
  /** The field this piece opens, or undefined for a continuation. */
  field?: FieldName;
  /** Printed number before 项目名称. */
  number?: string;
  text: string;
  line: LayoutLine;
}

/** A line as labelled pieces and continuation text. */
export function piecesOf(line: LayoutLine): Piece[] {
  const text = line.text.trim();
  // A label needs its colon: most lines have none and need not be searched for one.
  if (!COLON.test(text)) return text === '' ? [] : [{ text, line }];
  return text
    .split(INLINE_LABEL)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const m = LABELLED.exec(part);
      const field = m && LABELS.find(([l]) => l === m[2])?.[1];
      if (!m || !field) return { text: part.trim(), line };
      const text = part.slice(m[0].length).trim();
      return m[1] ? { field, number: m[1].replace(/\s+/g, ''), text, line } : { field, text, line };
    });
}

/** A field as it grows, line by line; its state is kept so that each added line costs its length. */
export interface FieldDraft {
  readonly field: FieldName;
  readonly line: LayoutLine;
  readonly run: TextRun;
  /** 执行时间 and 规模 (until hasAmount): the last TAIL_CHARS of the text, whitespace removed. */
  tail: string;
  /** Unclosed brackets of the text (see unclosedBrackets). */
  open: Map<string, number>;
  /** For 规模 (and 执行时间, unread): an amount with its unit has been seen. */
  hasAmount: boolean;
}

export function fieldText(f: FieldDraft): string {
  return runText(f.run);
}

const AMOUNT_WITH_UNIT = /\d(?:万元|元)/;
// Enough of a field's end to read a whole period ("2025年1月至2025年12月") and an amount whose unit
// wraps ("14.24万" / "元").
const TAIL_CHARS = 40;
// "2025年 1月至 2025年 12月", "2021年1月-12月。": a year, then it ends with a month, day or year.
const PERIOD_DONE = /\d{4}年.*(?:月|日|年|止)[。.]?$/;
const SENTENCE_DONE = /[。.!！?？]$/;

export function newField(field: FieldName, text: string, line: LayoutLine): FieldDraft {
  const f: FieldDraft = { field, line, run: newRun(), tail: '', open: new Map(), hasAmount: false };
  appendToField(f, text);
  return f;
}

export function appendToField(f: FieldDraft, part: string): void {
  const t = part.trim();
  if (!t) return;
  addLine(f.run, t);
  unclosedBrackets(t, f.open);
  // Only hardOpen reads the tail (a 执行时间's) and hasAmount (a 规模's, until it is seen): the
  // prose fields, most of the text, skip both.
  if (f.field === 'period' || (f.field === 'scale' && !f.hasAmount)) addToTail(f, compact(t));
}

/** Adds a line's compacted text `c` to the field's tail, and tells whether an amount is seen. */
function addToTail(f: FieldDraft, c: string): void {
  if (!f.hasAmount) f.hasAmount = AMOUNT_WITH_UNIT.test(f.tail + c.slice(0, TAIL_CHARS));
  f.tail = (f.tail + c.slice(-TAIL_CHARS)).slice(-TAIL_CHARS);
  if (!f.hasAmount) f.hasAmount = AMOUNT_WITH_UNIT.test(c);
}

/**
 * Hard-open: the field's own text shows it is cut — a 规模 without its amount, a period without
 * its end, a 政策依据/资金分配 without its full stop, or any field with an unclosed bracket. Names
 * and units never end with a full stop, so they are only soft-open (they may wrap; nothing says).
 */
function hardOpen(f: FieldDraft): boolean {
  if (f.open.size > 0) return true;
  switch (f.field) {
    case 'scale':
      return !f.hasAmount;
    case 'period':
      return !PERIOD_DONE.test(f.tail);
    case 'basis':
    case 'allocation':
      return !SENTENCE_DONE.test(f.run.last);
    default:
      return false;
  }
}

// A cut field continues within a few fields of it (seed 000: two fields later at most); a project
// has six fields, so looking further back finds only the project before's leftovers.
const MAX_FIELDS_BACK = 8;
const SOFT: ReadonlySet<FieldName> = new Set(['name', 'owner']);
const PROSE: ReadonlySet<FieldName> = new Set(['basis', 'allocation']);

/**
 * The field a continuation line belongs to, or undefined when no field can take it. In order:
 * 1. a field whose unclosed bracket the line closes — seed 000 line 1360 "管理的通知》…" closes the
 *    《 of (三)'s 政策依据 (line 1354), and line 1387 "号）文件要求…" the （ of (四)'s (line 1375);
 * 2. the last field, when hard-open (seed 004 line 972: "。" after a page break ends 资金分配情况);
 * 3. an open 政策依据/资金分配 when the line is prose (has ，。；) — a unit name has none;
 * 4. the last field, when it is a name or unit, which may wrap (seed 004 lines 820–822, 864–866);
 * 5. any other hard-open field, the latest first.
 * Single-value fields (规模, 执行时间) take text only while their value is incomplete.
 */
export function chooseField(fields: readonly FieldDraft[], text: string): FieldDraft | undefined {
  const last = fields[fields.length - 1];
  if (!last) return undefined;
  const latestFirst = fields.slice(-MAX_FIELDS_BACK).reverse();
  const closing = latestFirst.find((f) => closesBracket(f.open, text));
  if (closing) return closing;
  if (hardOpen(last)) return last;
  if (/[，,。；;]/.test(text)) {
    const prose = latestFirst.find((f) => PROSE.has(f.field) && hardOpen(f));
    if (prose) return prose;
  }
  if (SOFT.has(last.field)) return last;
  return latestFirst.find(hardOpen);
}
