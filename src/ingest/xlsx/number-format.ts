// A number cell as the spreadsheet displays it, from the cell's number format: the table parser
// reads amounts as printed, so 371514655 in "#,##0.00" must read "371,514,655.00", exactly.
//
// Exactness: the stored double is first written with 15 significant digits (what spreadsheets
// display at most, so 0.1 + 0.2 shows as 0.3), then rounded half away from zero on that decimal
// text to the format's decimals — never through binary arithmetic (1.005 with two decimals shows
// 1.01, as in Excel, where toFixed gives 1.00). Amounts that already have at most two decimals
// take the money module's path (toCents/formatCents). A value with more decimals than its format
// shows is shown as the format shows it, no more and no less; General shows what is stored.
import { formatCents, toCents } from '../../model/money.js';
import { formatDate, isDateSection } from './date-format.js';

/** Excel shows at most 15 significant digits of a number. */
const SIGNIFICANT_DIGITS = 15;

export interface FormattedNumber {
  readonly text: string;
  /** The format was not understood (fractions, conditions, DBNum…): shown as General instead. */
  readonly fallback?: true;
}

/** Split a format into its sections (positive;negative;zero;text) at unquoted semicolons. */
export function formatSections(format: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, format.indexOf(']', i));
    else if (c === ';') {
      out.push(format.slice(start, i));
      start = i + 1;
    }
  }
  out.push(format.slice(start));
  return out;
}

/** Digits and decimal exponent of |value| with 15 significant digits: value = digits × 10^exp. */
function decimalOf(value: number): { digits: string; exp: number } {
  const [mantissa = '0', e = '0'] = Math.abs(value).toPrecision(SIGNIFICANT_DIGITS).split('e');
  const [whole = '0', frac = ''] = mantissa.split('.');
  return { digits: (whole + frac).replace(/^0+(?=\d)/, ''), exp: Number(e) - frac.length };
}

/** |value| × 10^shift rounded half-up to `decimals` places, as integer and fraction digits. */
function roundDecimal(value: number, decimals: number, shift: number): [string, string] {
  const { digits, exp } = decimalOf(value);
  const pointAt = digits.length + exp + shift; // digits before the decimal point
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + digits : digits;
  const point = Math.max(pointAt, 1);
  const full = padded.padEnd(point + decimals + 1, '0');
  const kept = full.slice(0, point + decimals);
  const up = Number(full.charAt(point + decimals)) >= 5;
  const out = up ? increment(kept) : kept; // a carry may add a digit in front
  const intLength = out.length - decimals;
  return [out.slice(0, intLength).replace(/^0+/, ''), out.slice(intLength)];
}

function increment(digits: string): string {
  const a = digits.split('');
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i] === '9') a[i] = '0';
    else {
      a[i] = String(Number(a[i]) + 1);
      return a.join('');
    }
  }
  return '1' + a.join('');
}

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** General format: the stored number with at most 15 significant digits, no grouping. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const shown = Number(value.toPrecision(SIGNIFICANT_DIGITS));
  if (shown !== 0 && (Math.abs(shown) >= 1e21 || Math.abs(shown) < 1e-9))
    return shown.toExponential().toUpperCase();
  return String(shown);
}

interface NumberSection {
  prefix: string;
  suffix: string;
  decimals: number;
  minInt: number;
  grouping: boolean;
  shift: number;
}

/** Parse a numeric section; undefined for what this reader does not render. */
function parseSection(section: string): NumberSection | undefined {
  const s: NumberSection = {
    prefix: '',
    suffix: '',
    decimals: 0,
    minInt: 0,
    grouping: false,
    shift: 0,
  };
  let seenDigit = false;
  let afterPoint = false;
  let pendingCommas = 0;
  let literalAfterDigits = '';
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    let literal: string | undefined;
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, close < 0 ? section.length : close);
      i = close < 0 ? section.length : close;
    } else if (c === '\\') literal = section[++i] ?? '';
    else if (c === '_' || c === '*') {
      i++;
      continue;
    } else if (c === '[') {
      const close = section.indexOf(']', i);
      const inner = section.slice(i + 1, close < 0 ? section.length : close);
      i = close < 0 ? section.length : close;
      if (/^[<>=]|^DBNum/i.test(inner)) return undefined;
      if (inner.startsWith('$')) literal = inner.slice(1).split('-')[0] ?? '';
      else continue; // colours, locales
    } else if (c === '0' || c === '#' || c === '?') {
      if (literalAfterDigits !== '') return undefined; // literals between digits (000-0000)
      if (pendingCommas > 0 && !afterPoint) s.grouping = true;
      pendingCommas = 0;
      seenDigit = true;
      if (afterPoint) s.decimals++;
      else if (c === '0') s.minInt++;
      continue;
    } else if (c === '.' && !afterPoint && seenDigit) {
      afterPoint = true;
      continue;
    } else if (c === '.' && !seenDigit && /[0#?]/.test(section.slice(i + 1))) {
      afterPoint = true;
      seenDigit = true;
      continue;
    } else if (c === ',' && seenDigit) {
      pendingCommas++;
      continue;
    } else if (c === '%') {
      s.shift += 2;
      literal = '%';
    } else if (/[eE/@]/.test(c))
      return undefined; // scientific, fractions, text
    else literal = c;
    if (!seenDigit) s.prefix += literal;
    else {
      s.suffix += literal;
      if (literal !== '%' && literal.trim() !== '') literalAfterDigits += literal;
    }
  }
  s.shift -= 3 * pendingCommas; // trailing commas scale by thousands
  return seenDigit ? s : undefined;
}

/** The text a number cell displays in `format` (see the file comment). */
export function formatNumber(
  value: number,
  format: string | undefined,
  opts: { date1904?: boolean } = {},
): FormattedNumber {
  if (!Number.isFinite(value)) return { text: String(value), fallback: true };
  if (format === undefined || format.trim() === '' || /^general$/i.test(format.trim()))
    return { text: formatGeneral(value) };
  const sections = formatSections(format);
  let section = sections[0]!;
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2) {
    section = sections[1]!;
    sign = '';
  } else if (value === 0 && sections.length >= 3) section = sections[2]!;
  if (section === '') return { text: '' };
  if (isDateSection(section)) {
    const text = formatDate(value, section, opts.date1904 ?? false);
    return text === undefined ? { text: formatGeneral(value), fallback: true } : { text };
  }
  // "@" (Text) shows a number as General.
  if (/^(general|@)$/i.test(section.trim())) return { text: sign + formatGeneral(Math.abs(value)) };
  const s = parseSection(section);
  if (!s) {
    // A section with no digit placeholder shows only its literals ("-" for zero in accounting
    // formats); anything else we cannot render is shown as General.
    const literalOnly = /^(\s|_.|\*.|"[^"]*"|\\.|[-–—()¥$])*$/.test(section);
    if (literalOnly) return { text: section.replace(/_.|\*.|"|\\/g, '').trim() };
    return { text: formatGeneral(value), fallback: true };
  }
  return { text: sign + s.prefix + digitsFor(Math.abs(value), s) + s.suffix };
}

function digitsFor(value: number, s: NumberSection): string {
  if (s.decimals === 2 && s.shift === 0 && s.minInt >= 1) {
    try {
      return formatCents(toCents(value), { grouping: s.grouping });
    } catch {
      // more than two decimals: rounded below, as displayed
    }
  }
  const [intDigits, frac] = roundDecimal(value, s.decimals, s.shift);
  const int = intDigits.padStart(s.minInt, '0');
  return (s.grouping ? group(int) : int) + (s.decimals > 0 ? '.' + frac : '');
}
