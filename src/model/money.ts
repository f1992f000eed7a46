// Exact money. An Amount is written and read as a decimal number in its table's unit with at
// most two decimals (14303.93 万元), because that is how the documents and every consumer of our
// JSON read it. Arithmetic never touches those numbers: each is converted to an integer count of
// 0.01 of the unit (Cents), integers are summed, and the result is converted back.
//
// The conversions are exact, not approximate: an Amount is the double nearest to a two-decimal
// value v, so v × 100 is within 2⁻³⁰ of an integer below MAX_AMOUNT and rounds to it, and c / 100
// (one correctly rounded division) is again the double nearest to c/100 — the very number the
// decimal text "c/100" parses to. toCents checks the round trip, so a value with a third decimal
// is refused rather than rounded.
import { z } from 'zod';

/** An amount in the unit of the table or fact that holds it, with at most two decimals. */
export type Amount = number;
/** An integer count of 0.01 of an amount's unit. */
export type Cents = number;

export const AMOUNT_UNITS = ['万元', '元'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];
export const AmountUnitSchema = z.enum(AMOUNT_UNITS);

// 2^53 / 100: beyond this an amount could not round-trip through Cents exactly.
const MAX_AMOUNT = 90_071_992_547_409;

export const AmountSchema = z
  .number()
  .refine((v) => Number.isFinite(v) && Math.abs(v) <= MAX_AMOUNT && hasAtMostTwoDecimals(v), {
    message: 'amount must be finite with at most two decimals',
  });

function hasAtMostTwoDecimals(v: number): boolean {
  return Number(v.toFixed(2)) === v;
}

/** Exact conversion of an Amount to Cents (see the file comment). */
export function toCents(amount: Amount): Cents {
  const cents = Math.round(amount * 100);
  if (cents / 100 !== amount || !Number.isSafeInteger(cents))
    throw new RangeError(`not a two-decimal amount: ${amount}`);
  return cents;
}

/** Exact conversion of Cents back to an Amount (see the file comment). */
export function fromCents(cents: Cents): Amount {
  return cents / 100;
}

/** Cents from a plain decimal text such as "-14303.9" or "7". */
function centsFromDecimalText(text: string): Cents {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`not a decimal amount: ${text}`);
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + frac;
  return m[1] === '-' ? -cents : cents;
}

// A printed amount: optional sign, digits with optional thousands separators (ASCII or full-width
// comma), optional decimals. Parentheses for negatives do not occur in these documents.
const PRINTED_AMOUNT = /^([-−])?(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?$/;

/** Is this token a printed amount (e.g. "14,303.93", "307.1", "0", "-5.00")? */
export function isAmountText(text: string): boolean {
  return PRINTED_AMOUNT.test(text);
}

const DOT = 0x2e;
/** Up to this many digits an integer read digit by digit is exact (as Number(text) is). */
const MAX_PLAIN_DIGITS = 15;

/** The ASCII digit at `i` of `text`, or −1. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Cents from a printed amount. Returns undefined when the text is not an amount or has more
 * than two decimals (e.g. "6.536278" in running text is a number, not a table amount).
 */
export function parseAmountText(text: string): Cents | undefined {
  return plainCents(text) ?? parsePrintedAmount(text);
}

/**
 * Cents of a plain figure — up to 15 digits, then optionally '.' and one or two decimals, the
 * shape most printed figures have — read digit by digit, to the value the patterns give; undefined
 * for any other text (a sign, thousands commas, more decimals), which the callers read by pattern.
 * The narrative's scanners read hundreds of figures per document, and the pattern and string steps
 * cost more than the scan that found them.
 */
export function plainCents(text: string): Cents | undefined {
  let whole = 0;
  let i = 0;
  for (let d = digitAt(text, 0); d !== -1; d = digitAt(text, ++i)) whole = whole * 10 + d;
  if (i === 0 || i > MAX_PLAIN_DIGITS) return undefined;
  if (i === text.length) return whole * 100;
  const decimals = text.length - i - 1;
  if (text.charCodeAt(i) !== DOT || (decimals !== 1 && decimals !== 2)) return undefined;
  const tenths = digitAt(text, i + 1);
  const hundredths = decimals === 2 ? digitAt(text, i + 2) : 0;
  if (tenths === -1 || hundredths === -1) return undefined;
  return whole * 100 + (tenths * 10 + hundredths);
}

function parsePrintedAmount(text: string): Cents | undefined {
  const m = PRINTED_AMOUNT.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  if (frac.length > 2) return undefined;
  const digits = (m[2] ?? '').replace(/[,，]/g, '');
  const cents = centsFromDecimalText(frac ? `${digits}.${frac}` : digits);
  return m[1] ? -cents : cents;
}

/** The Amount a printed amount stands for (see parseAmountText). */
export function parseAmount(text: string): Amount | undefined {
  const cents = parseAmountText(text);
  return cents === undefined ? undefined : fromCents(cents);
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Sum of Amounts, exact. */
export function sumAmounts(values: readonly Amount[]): Amount {
  return fromCents(sumCents(values.map(toCents)));
}

/**
 * The largest difference, in cents, that rounding alone can explain between a printed total and
 * the sum of `parts` printed parts: every printed cell is rounded to 0.01 on its own, so each of
 * the parts and the total carry up to half a cent of error (n × 0.005 of the unit, n = parts + 1).
 */
export function roundingToleranceCents(parts: number): Cents {
  return Math.floor((parts + 1) / 2);
}

/** "14,303.93" style text, with two decimals. */
export function formatCents(cents: Cents, opts: { grouping?: boolean } = {}): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const frac = abs % 100;
  const whole = (abs - frac) / 100;
  const wholeText = opts.grouping === false ? String(whole) : groupThousands(String(whole));
  return `${negative ? '-' : ''}${wholeText}.${String(frac).padStart(2, '0')}`;
}

export function formatAmount(amount: Amount, opts: { grouping?: boolean } = {}): string {
  return formatCents(toCents(amount), opts);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}
