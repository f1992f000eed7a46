// A printed table line as tokens: leading classification-code digits, text, trailing amounts.
import { isAmountText, parseAmountText, type Cents } from '../../model/money.js';

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

export function tokenize(line: string): LineTokens {
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  let start = 0;
  const codeDigits: string[] = [];
  const first = tokens[0] ?? '';
  if (CLASS_DIGITS.test(first) || COMPACT_CODE.test(first)) {
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
    const t = tokens[end - 1] as string;
    const cents = isAmountText(t) ? parseAmountText(t) : undefined;
    if (cents === undefined) break;
    amounts.unshift(cents);
    end--;
  }
  const textTokens = tokens.slice(start, end);
  // A line of digits only: the "code" may be an amount ("35" in seed 004 表七); callers decide.
  return { codeDigits, text: textTokens.join(' '), textTokens, amounts, indent };
}

/** The line is only numbers (amounts or bare integers). */
export function isNumbersOnly(t: LineTokens): boolean {
  return t.textTokens.length === 0 && (t.amounts.length > 0 || t.codeDigits.length > 0);
}

/** Cents of the code digits read as amounts (for a digits-only line that turns out to be values). */
export function codeDigitsAsAmounts(t: LineTokens): Cents[] {
  return t.codeDigits.map((d) => parseAmountText(d) ?? 0);
}
