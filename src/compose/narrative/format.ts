// How the 情况说明 prints figures, in the seeds' phrasing: "14,303.93万元", "占99.39%",
// "比上年预算减少478.65万元，下降3.26%". Percentages are computed from the printed amounts with
// decimal.js and rounded half up to two decimals, as the seeds print them.
import { Decimal } from 'decimal.js';
import { formatCents, type AmountUnit, type Cents } from '../../model/money.js';
import type { ComposeWarning } from '../warnings.js';

export function money(cents: Cents, unit: AmountUnit): string {
  return `${formatCents(cents)}${unit}`;
}

/** part / whole in percent, two decimals, half up; undefined when whole is 0. */
export function percentOf(part: Cents, whole: Cents): Decimal | undefined {
  if (whole === 0) return undefined;
  return new Decimal(part).div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function percentText(p: Decimal): string {
  const [whole, frac] = p.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${frac}%`;
}

/** "占x%" of a whole, or '' when the whole is 0. */
export function shareText(part: Cents, whole: Cents): string {
  const p = percentOf(part, whole);
  return p ? `，占${percentText(p)}` : '';
}

/** The large-change threshold of the seeds' template (and of check's large-change-reason rule). */
export const LARGE_CHANGE_PERCENT = 10;

export interface ChangeInput {
  /** This year, printed cents. */
  readonly current: Cents;
  /** Last year, printed cents; undefined when not given (no change is written). */
  readonly prior?: Cents;
  readonly reason?: string;
  /** The subject key, for the warning. */
  readonly key: string;
  /** Words for the subject in a warning. */
  readonly label: string;
}

/**
 * "，比上年预算增加x万元，增长y%，主要原因是…" (bare: "增加x万元，…") — or '' without last year's
 * figure. A change of 10%
 * or more (or from nothing) without a reason is flagged in `warnings`, never explained.
 */
export function changeText(
  c: ChangeInput,
  unit: AmountUnit,
  warnings: ComposeWarning[],
  opts: { against?: string; bare?: boolean } = {},
): string {
  if (c.prior === undefined) return '';
  const diff = c.current - c.prior;
  const up = diff >= 0;
  // Nothing to nothing is printed as 增长0.00% (seed 000 十).
  const p = diff === 0 ? percentOf(0, 1) : percentOf(Math.abs(diff), c.prior);
  const lead = opts.bare ? '' : `，比${opts.against ?? '上年预算'}`;
  let text = `${lead}${up ? '增加' : '减少'}${money(Math.abs(diff), unit)}`;
  if (p) text += `，${up ? '增长' : '下降'}${percentText(p)}`;
  const large = diff !== 0 && (p === undefined || p.gte(LARGE_CHANGE_PERCENT));
  if (c.reason) text += `，主要原因是${c.reason.replace(/[。；，]+$/, '')}`;
  else if (large)
    warnings.push({
      code: 'reason-missing',
      subject: c.key,
      message: `${c.label}: the change on last year is ${p ? `${p.toFixed(2)}%` : 'from zero'}; give its reason (增减原因 ${c.key})`,
    });
  return text;
}
