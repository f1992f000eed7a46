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
import { parsePercent, PercentSchema, type Percent } from '../../model/percent.js';

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
}

const UNITS: readonly [string, Figure['unit'] | '%'][] = [
  ['万元', '万元'],
  ['亿元', '亿元'],
  ['元', '元'],
  ['%', '%'],
  ['％', '%'],
];

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Beyond this a printed number cannot round-trip through a double with two decimals. */
const MAX_FIGURE = Number.MAX_SAFE_INTEGER / 100;

export function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i]) || (i > 0 && /[\d.,]/.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    while (isDigit(text[j])) j++;
    // Thousands groups: ",303" (exactly three digits each).
    while (
      text[j] === ',' &&
      isDigit(text[j + 1]) &&
      isDigit(text[j + 2]) &&
      isDigit(text[j + 3])
    ) {
      if (isDigit(text[j + 4])) break;
      j += 4;
    }
    if (text[j] === '.' && isDigit(text[j + 1])) {
      j++;
      while (isDigit(text[j])) j++;
    }
    const raw = text.slice(start, j);
    let k = j;
    while (text[k] === ' ') k++;
    const unit = UNITS.find(([u]) => text.startsWith(u, k));
    i = j;
    if (!unit) continue;
    const end = k + unit[0].length;
    i = end;
    if (unit[1] === '%') {
      const read = parsePercent(raw);
      // Digits beyond what a double holds exactly are not a readable figure.
      const percent =
        read !== undefined && PercentSchema.safeParse(read).success && Math.abs(read) < MAX_FIGURE
          ? read
          : undefined;
      figures.push({
        start,
        end,
        raw,
        kind: 'percent',
        ...(percent === undefined ? {} : { percent }),
      });
    } else {
      const cents = unit[1] === '亿元' ? undefined : parseAmountText(raw);
      const read =
        cents === undefined || !Number.isSafeInteger(cents) ? undefined : fromCents(cents);
      const amount = read !== undefined && AmountSchema.safeParse(read).success ? read : undefined;
      figures.push({
        start,
        end,
        raw,
        kind: 'amount',
        unit: unit[1],
        ...(amount === undefined ? {} : { amount }),
      });
    }
  }
  return figures;
}
