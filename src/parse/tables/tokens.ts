// A printed table line as tokens: leading classification-code digits, text, trailing amounts.
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { parseAmountText, type Cents } from '../../model/money.js';

/** A line's tokens; its arrays are new for each call (the caller may keep them). */
export interface LineTokens {
  /** Leading digit groups that may be a code: "201 03 01" → ['201','03','01']; "03" → ['03']. */
  readonly codeDigits: string[];
  /** The text between codes and amounts, tokens joined by one space. */
  readonly text: string;
  /** Text tokens, for splitting names printed side by side. */
  readonly textTokens: readonly string[];
  /** Trailing printed amounts, in cents. */
  readonly amounts: Cents[];
  /** Leading spaces as printed (nesting hint only). */
  readonly indent: number;
}

/**
 * A line's tokens as tokenize reads them. Few lines are asked for their text tokens (a repeated
 * header's words): they are split from the text when asked (the text is those tokens joined by
 * one space, and no token holds a space), not cut out for every line.
 */
class ReadTokens implements LineTokens {
  private words: readonly string[] | undefined = undefined;
  constructor(
    readonly codeDigits: string[],
    readonly text: string,
    readonly amounts: Cents[],
    readonly indent: number,
  ) {}

  get textTokens(): readonly string[] {
    return (this.words ??= this.text === '' ? [] : words(this.text));
  }
}

// "201-03-01", "201-03": codes some templates print with dashes (never an amount: no inner dash).
const DASHED_CODE = /^\d{3}(?:[-－—]\d{2}){1,2}$/;
const CODE_DASH = /[-－—]/;

// Where the tokens of the line being read start and end (scratch: tokenize does not re-enter;
// grown for a line with more tokens). Amounts are read in place, not cut out as strings first.
let tokenStart = new Int32Array(64);
let tokenEnd = new Int32Array(64);
const trailingAmounts: Cents[] = [];

export function tokenize(line: string): LineTokens {
  let indent = 0;
  while (line.charCodeAt(indent) === SPACE) indent++;
  const count = tokenBounds(line);
  let start = 0;
  let codeDigits: string[] = [];
  // Every code starts with a digit; most lines start with a name.
  if (count > 0 && isDigitCode(line.charCodeAt(tokenStart[0]!))) {
    const s = tokenStart[0]!;
    const length = tokenEnd[0]! - s;
    if ((length === 6 || length === 9) && DASHED_CODE.test(line.slice(s, s + length))) {
      codeDigits = line.slice(s, s + length).split(CODE_DASH);
      start = 1;
    } else if ((length === 3 || length === 5 || length === 7) && isDigitsAt(line, 0, length)) {
      // A 类 code takes up to two 2-digit groups after it (款, 项).
      start = 1;
      if (length === 3) while (start < count && start < 3 && isDigitsAt(line, start, 2)) start++;
      codeDigits = codeGroups(line, start);
    } else if (length === 2 && isDigitsAt(line, 0, 2)) {
      codeDigits = [line.slice(s, s + 2)];
      start = 1;
    }
  }
  // Amounts are read from the end, last first, into a list reused line after line, then copied
  // in order into an array of their count (an array grown by push holds room for 16).
  let end = count;
  const lastFirst = trailingAmounts;
  lastFirst.length = 0;
  while (end > start) {
    const cents = amountIn(line, tokenStart[end - 1]!, tokenEnd[end - 1]!);
    if (cents === undefined) break;
    lastFirst.push(cents);
    end--;
  }
  const amounts = lastFirst.slice().reverse();
  // A line of digits only: the "code" may be an amount ("35" in seed 004 表七); callers decide.
  return new ReadTokens(codeDigits, textOf(line, start, end), amounts, indent);
}

/** The first `count` tokens of the line being read (1 to 3 code groups), listed whole. */
function codeGroups(line: string, count: number): string[] {
  const first = line.slice(tokenStart[0]!, tokenEnd[0]!);
  if (count === 1) return [first];
  const second = line.slice(tokenStart[1]!, tokenEnd[1]!);
  if (count === 2) return [first, second];
  return [first, second, line.slice(tokenStart[2]!, tokenEnd[2]!)];
}

/** The line's runs of non-space characters, into tokenStart/tokenEnd (words reads them too). */
function tokenBounds(line: string): number {
  const n = line.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isWhitespaceCode(line.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isWhitespaceCode(line.charCodeAt(i))) i++;
    if (count === tokenStart.length) growTokenBounds();
    tokenStart[count] = start;
    tokenEnd[count++] = i;
  }
  return count;
}

function growTokenBounds(): void {
  const starts = new Int32Array(2 * tokenStart.length);
  const ends = new Int32Array(2 * tokenEnd.length);
  starts.set(tokenStart);
  ends.set(tokenEnd);
  tokenStart = starts;
  tokenEnd = ends;
}

/**
 * Tokens from..to of the line being read, joined by one space: where the line prints them one
 * space apart (most lines), that stretch of the line as it is.
 */
function textOf(line: string, from: number, to: number): string {
  if (to <= from) return '';
  let oneSpace = true;
  for (let k = from + 1; k < to && oneSpace; k++) {
    const gap = tokenEnd[k - 1]!;
    oneSpace = tokenStart[k] === gap + 1 && line.charCodeAt(gap) === SPACE;
  }
  if (oneSpace) return line.slice(tokenStart[from]!, tokenEnd[to - 1]!);
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(line.slice(tokenStart[k]!, tokenEnd[k]!));
  return parts.join(' ');
}

const SPACE = 0x20;

/** Token k of the line being read is exactly `length` ASCII digits (/^\d{length}$/). */
function isDigitsAt(line: string, k: number, length: number): boolean {
  const s = tokenStart[k]!;
  if (tokenEnd[k]! - s !== length) return false;
  for (let i = s; i < s + length; i++) if (!isDigitCode(line.charCodeAt(i))) return false;
  return true;
}

/** The runs of non-space characters: line.trim().split(/\s+/) without its empty strings. */
export function words(line: string): string[] {
  const count = tokenBounds(line);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(line.slice(tokenStart[k]!, tokenEnd[k]!));
  return out;
}

// Digits of the integer part read directly (see amountOf); far below the largest Amount.
const MAX_PLAIN_DIGITS = 12;

/**
 * parseAmountText(token), which a table reader calls on every token. Most tokens are words, which
 * cannot start like a number; most numbers print plainly ("2133.17", "5", "73.9") or grouped by
 * ASCII commas ("2,133.17"), and their cents are read here directly (integer part × 100 + the
 * two-digit fraction, as parseAmountText reads them); anything else (signs, full-width commas,
 * long or odd numbers) goes to the model.
 */
export function amountOf(token: string): Cents | undefined {
  return amountIn(token, 0, token.length);
}

/** amountOf(text.slice(from, to)), read in place (the slice is made only for the model). */
function amountIn(text: string, from: number, to: number): Cents | undefined {
  const c = text.charCodeAt(from);
  if (from >= to || !((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2212)) return undefined; // 0-9 - −
  let i = from;
  let digits = 0;
  let whole = 0;
  let group = 0; // digits since the last comma
  let grouped = false;
  for (; i < to; i++) {
    const d = text.charCodeAt(i);
    if (isDigitCode(d)) {
      whole = whole * 10 + (d - 0x30);
      digits++;
      group++;
      continue;
    }
    if (d !== COMMA) break;
    // A comma closes a group: the first of one to three digits, each later one of three.
    if (grouped ? group !== 3 : group === 0 || group > 3) return modelAmount(text, from, to);
    grouped = true;
    group = 0;
  }
  if (digits === 0 || digits > MAX_PLAIN_DIGITS || (grouped && group !== 3))
    return modelAmount(text, from, to);
  if (i === to) return whole * 100;
  const fraction = to - i - 1;
  if (text.charCodeAt(i) !== DOT || fraction < 1 || fraction > 2)
    return modelAmount(text, from, to);
  const f1 = text.charCodeAt(i + 1);
  const f2 = fraction === 2 ? text.charCodeAt(i + 2) : 0x30;
  if (!isDigitCode(f1) || !isDigitCode(f2)) return modelAmount(text, from, to);
  return whole * 100 + (f1 - 0x30) * 10 + (f2 - 0x30);
}

function modelAmount(text: string, from: number, to: number): Cents | undefined {
  return parseAmountText(from === 0 && to === text.length ? text : text.slice(from, to));
}

const DOT = 0x2e;
const COMMA = 0x2c;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The line is only numbers (amounts or bare integers). */
export function isNumbersOnly(t: LineTokens): boolean {
  return t.text === '' && (t.amounts.length > 0 || t.codeDigits.length > 0);
}

/** Cents of the code digits read as amounts (for a digits-only line that turns out to be values). */
export function codeDigitsAsAmounts(t: LineTokens): Cents[] {
  return t.codeDigits.map((d) => parseAmountText(d) ?? 0);
}

/**
 * The x centres of the last `count` amounts printed on a line, when the line has token
 * positions and its trailing tokens are exactly those amounts; undefined otherwise.
 */
export function amountCenters(line: LayoutLine, count: number): number[] | undefined {
  const tokens = line.tokens;
  if (!tokens || count === 0) return undefined;
  const out: number[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < count; i--) {
    const t = tokens[i]!;
    if (amountOf(t.text.trim()) === undefined) return undefined;
    out.push((t.x0 + t.x1) / 2);
  }
  return out.length === count ? out.reverse() : undefined;
}
