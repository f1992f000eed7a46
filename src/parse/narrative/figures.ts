// The figures of running text: amounts (14,303.93万元, 0万元, 55 万元) and percentages (99.39%,
// 1,299.00%). A linear scan rather than a regex over the whole text, so that a long run of digits
// cannot make matching quadratic. A number ends at a space: see text-join.ts for why a space
// inside one line is not read as part of a number.
import {
  AmountSchema,
  fromCents,
  parseAmountText,
  type Amount,
  type AmountUnit,
} from '../../model/money.js';
import { percentOf } from '../text/amounts.js';
import { endClauseAt, endClauses, isClauseDelimiter, type Clause } from './clauses.js';
import { PercentSchema, type Percent } from '../../model/percent.js';

export interface Figure {
  /** Offsets of the number and its unit in the text. */
  start: number;
  end: number;
  /** The number as printed. */
  raw: string;
  kind: 'amount' | 'percent';
  /** Amounts: the printed unit; 亿元 is recognised but has no Amount unit. */
  unit?: AmountUnit | '亿元';
  /** Undefined when the number cannot be an Amount (more than two decimals, 亿元). */
  amount?: Amount;
  percent?: Percent;
  /** Its place among the figures of its text (readers keep per-figure marks by it). */
  index: number;
}

const UNITS: readonly [string, Figure['unit'] | '%'][] = [
  ['万元', '万元'],
  ['亿元', '亿元'],
  ['元', '元'],
  ['%', '%'],
  ['％', '%'],
];

/** Is the UTF-16 code unit at `i` an ASCII digit (false past the end)? */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

const COMMA = 0x2c;
const DOT = 0x2e;

/** Beyond this a printed number cannot round-trip through a double with two decimals. */
const MAX_FIGURE = Number.MAX_SAFE_INTEGER / 100;
// A number printed with at most two decimals and below this is the double nearest to it, which
// AmountSchema and PercentSchema accept (see money.ts): only larger ones need the schema's check,
// which costs more than reading the figure.
const PLAINLY_VALID = 1e13;
const validAmount = (v: number): boolean =>
  Math.abs(v) < PLAINLY_VALID || AmountSchema.safeParse(v).success;
const validPercent = (v: number): boolean =>
  Math.abs(v) < PLAINLY_VALID || PercentSchema.safeParse(v).success;

/**
 * The figures of a text, in order. With `clauses`, the text's clauses too, cut in the same walk
 * at clause punctuation: a delimiter is cut where the walk passes it, and figures are passed
 * whole, so the commas inside them (14,303.93) are not cut.
 */
export function scanFigures(text: string, clauses?: Clause[]): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    // A number starts at a digit not preceded by a digit, '.' or ','.
    if (!digitAt(text, i) || (i > 0 && (digitAt(text, i - 1) || isDotOrComma(text, i - 1)))) {
      if (clauses && isClauseDelimiter(text.charCodeAt(i))) endClauseAt(clauses, text, i);
      i++;
      continue;
    }
    const start = i;
    let j = i;
    while (digitAt(text, j)) j++;
    // Thousands groups: ",303" (exactly three digits each).
    while (
      text.charCodeAt(j) === COMMA &&
      digitAt(text, j + 1) &&
      digitAt(text, j + 2) &&
      digitAt(text, j + 3)
    ) {
      if (digitAt(text, j + 4)) break;
      j += 4;
    }
    if (text.charCodeAt(j) === DOT && digitAt(text, j + 1)) {
      j++;
      while (digitAt(text, j)) j++;
    }
    let k = j;
    while (text.charCodeAt(k) === 0x20) k++;
    const unit = unitAt(text, k);
    i = j;
    if (!unit) {
      // Not a figure: its thousands commas are clause delimiters like any other.
      if (clauses)
        for (let c = start; c < j; c++)
          if (text.charCodeAt(c) === COMMA) endClauseAt(clauses, text, c);
      continue;
    }
    const raw = text.slice(start, j);
    const end = k + unit[0].length;
    i = end;
    if (unit[1] === '%') {
      const read = percentOf(raw);
      // Digits beyond what a double holds exactly are not a readable figure.
      const percent =
        read !== undefined && validPercent(read) && Math.abs(read) < MAX_FIGURE ? read : undefined;
      // Optional fields are assigned, not spread: a spread object costs more than the figure.
      const fig: Figure = { start, end, raw, kind: 'percent', index: figures.length };
      if (percent !== undefined) fig.percent = percent;
      figures.push(fig);
    } else {
      const cents = unit[1] === '亿元' ? undefined : parseAmountText(raw);
      const read =
        cents === undefined || !Number.isSafeInteger(cents) ? undefined : fromCents(cents);
      const amount = read !== undefined && validAmount(read) ? read : undefined;
      const fig: Figure = { start, end, raw, kind: 'amount', unit: unit[1], index: figures.length };
      if (amount !== undefined) fig.amount = amount;
      figures.push(fig);
    }
  }
  if (clauses) endClauses(clauses, text);
  return figures;
}

/** The unit printed at `k`, if any (most numbers in prose have none: years, list numbers). */
function unitAt(text: string, k: number): (typeof UNITS)[number] | undefined {
  for (const unit of UNITS) if (text.startsWith(unit[0], k)) return unit;
  return undefined;
}

function isDotOrComma(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === DOT || c === COMMA;
}
