// A printed table line as tokens: leading classification-code digits, text, trailing amounts.
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { parseAmountText, type Cents } from '../../model/money.js';

export interface LineTokens {
  /** Leading digit groups that may be a code: "201 03 01" → ['201','03','01']; "03" → ['03']. */
  readonly codeDigits: readonly string[];
  /** The text between codes and amounts, tokens joined by one space. */
  readonly text: string;
  /** Text tokens, for splitting names printed side by side. */
  readonly textTokens: readonly string[];
  /** Trailing printed amounts, in cents. */
  readonly amounts: readonly Cents[];
  /** Leading spaces as printed (nesting hint only). */
  readonly indent: number;
}

const CLASS_DIGITS = /^\d{3}$/;
const SUB_DIGITS = /^\d{2}$/;
const COMPACT_CODE = /^\d{5}$|^\d{7}$/;
// "201-03-01", "201-03": codes some templates print with dashes (never an amount: no inner dash).
const DASHED_CODE = /^\d{3}(?:[-－—]\d{2}){1,2}$/;

export function tokenize(line: string): LineTokens {
  let indent = 0;
  while (line.charCodeAt(indent) === SPACE) indent++;
  const tokens = words(line);
  let start = 0;
  const codeDigits: string[] = [];
  const first = tokens[0] ?? '';
  if (DASHED_CODE.test(first)) {
    codeDigits.push(...first.split(/[-－—]/));
    start = 1;
  } else if (CLASS_DIGITS.test(first) || COMPACT_CODE.test(first)) {
    codeDigits.push(first);
    start = 1;
    if (CLASS_DIGITS.test(first)) {
      while (start < tokens.length && codeDigits.length < 3 && SUB_DIGITS.test(tokens[start] ?? ''))
        codeDigits.push(tokens[start++] as string);
    }
  } else if (SUB_DIGITS.test(first)) {
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
  const textTokens = tokens.slice(start, end);
  // A line of digits only: the "code" may be an amount ("35" in seed 004 表七); callers decide.
  return { codeDigits, text: textTokens.join(' '), textTokens, amounts, indent };
}

const SPACE = 0x20;

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
 * cannot start like a number; most numbers print plainly ("2133.17", "5", "73.9"), and their
 * cents are read here directly (integer part × 100 + the two-digit fraction, as parseAmountText
 * reads them); anything else (grouping commas, signs, long or odd numbers) goes to the model.
 */
export function amountOf(token: string): Cents | undefined {
  const c = token.charCodeAt(0);
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2212)) return undefined; // 0-9 - −
  let i = 0;
  while (i < token.length && isDigitCode(token.charCodeAt(i))) i++;
  const fraction = token.length - i - 1;
  if (
    i > 0 &&
    i <= MAX_PLAIN_DIGITS &&
    (i === token.length ||
      (token.charCodeAt(i) === DOT &&
        (fraction === 1 || fraction === 2) &&
        isDigitCode(token.charCodeAt(i + 1)) &&
        (fraction === 1 || isDigitCode(token.charCodeAt(i + 2)))))
  ) {
    const whole = Number(token.slice(0, i));
    if (i === token.length) return whole * 100;
    return whole * 100 + Number(token.slice(i + 1).padEnd(2, '0'));
  }
  return parseAmountText(token);
}

const DOT = 0x2e;
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
