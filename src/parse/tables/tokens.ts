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

// "201-03-01", "201-03": codes some templates print with dashes (never an amount: no inner dash).
const DASHED_CODE = /^\d{3}(?:[-－—]\d{2}){1,2}$/;

export function tokenize(line: string): LineTokens {
  let indent = 0;
  while (line.charCodeAt(indent) === SPACE) indent++;
  const tokens = words(line);
  let start = 0;
  const codeDigits: string[] = [];
  const first = tokens[0] ?? '';
  // Every code starts with a digit; most lines start with a name.
  if (!isDigitCode(first.charCodeAt(0))) {
    // no code
  } else if (DASHED_CODE.test(first)) {
    codeDigits.push(...first.split(/[-－—]/));
    start = 1;
  } else if (isDigits(first, 3) || isDigits(first, 5) || isDigits(first, 7)) {
    codeDigits.push(first);
    start = 1;
    if (isDigits(first, 3)) {
      while (start < tokens.length && codeDigits.length < 3 && isDigits(tokens[start]!, 2))
        codeDigits.push(tokens[start++] as string);
    }
  } else if (isDigits(first, 2)) {
    codeDigits.push(first);
    start = 1;
  }
  let end = tokens.length;
  const amounts: Cents[] = [];
  while (end > start) {
    const cents = amountOf(tokens[end - 1] as string);
    if (cents === undefined) break;
    amounts.push(cents);
    end--;
  }
  amounts.reverse();
  const textTokens = start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
  // A line of digits only: the "code" may be an amount ("35" in seed 004 表七); callers decide.
  // Most lines print their name as one token (a join of one still builds a new string).
  const text = textTokens.length === 1 ? textTokens[0]! : textTokens.join(' ');
  return { codeDigits, text, textTokens, amounts, indent };
}

const SPACE = 0x20;

/** The token is exactly `length` ASCII digits (/^\d{length}$/, asked of every code-like token). */
function isDigits(token: string, length: number): boolean {
  if (token.length !== length) return false;
  for (let i = 0; i < length; i++) if (!isDigitCode(token.charCodeAt(i))) return false;
  return true;
}

/** The runs of non-space characters: line.trim().split(/\s+/) without its empty strings. */
export function words(line: string): string[] {
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhitespaceCode(line.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isWhitespaceCode(line.charCodeAt(i))) i++;
    out.push(line.slice(start, i));
  }
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
  const c = token.charCodeAt(0);
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2212)) return undefined; // 0-9 - −
  const n = token.length;
  let i = 0;
  let digits = 0;
  let whole = 0;
  let group = 0; // digits since the last comma
  let grouped = false;
  for (; i < n; i++) {
    const d = token.charCodeAt(i);
    if (isDigitCode(d)) {
      whole = whole * 10 + (d - 0x30);
      digits++;
      group++;
      continue;
    }
    if (d !== COMMA) break;
    // A comma closes a group: the first of one to three digits, each later one of three.
    if (grouped ? group !== 3 : group === 0 || group > 3) return parseAmountText(token);
    grouped = true;
    group = 0;
  }
  if (digits === 0 || digits > MAX_PLAIN_DIGITS || (grouped && group !== 3))
    return parseAmountText(token);
  if (i === n) return whole * 100;
  const fraction = n - i - 1;
  if (token.charCodeAt(i) !== DOT || fraction < 1 || fraction > 2) return parseAmountText(token);
  const f1 = token.charCodeAt(i + 1);
  const f2 = fraction === 2 ? token.charCodeAt(i + 2) : 0x30;
  if (!isDigitCode(f1) || !isDigitCode(f2)) return parseAmountText(token);
  return whole * 100 + (f1 - 0x30) * 10 + (f2 - 0x30);
}

const DOT = 0x2e;
const COMMA = 0x2c;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The line is only numbers (amounts or bare integers). */
export function isNumbersOnly(t: LineTokens): boolean {
  return t.textTokens.length === 0 && (t.amounts.length > 0 || t.codeDigits.length > 0);
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
