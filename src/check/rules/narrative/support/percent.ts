// Percentages as printed: a share (占 y%) or a change (增长 w%) is compared with the exact ratio
// at the precision it was printed with, allowing for the rounding of the amounts it comes from.
import type { Disclosure } from '../../../../model/disclosure.js';
import type { FindingLocation } from '../../../../model/finding.js';
import type { NarrativeFact } from '../../../../model/narrative.js';
import type { CheckContext } from '../../../context.js';
import type { FindingDraft } from '../../../rule.js';

// The printed number after 占 (占比, 占本年…) and before %.
const SHARE_TEXT = /占[^\d%％，。；,;]{0,12}?(\d[\d,]*(?:\.\d+)?)\s*[%％]/;
// The printed number after a change verb and before %.
const CHANGE_TEXT = /(?:增长|下降|降低|上升|增加|减少)了?\s*(\d[\d,]*(?:\.\d+)?)\s*[%％]/;

const REASON = '原因';

/**
 * Decimals a percentage was printed with; 2 when the text does not show it (before `end`, when
 * given: no match of these patterns can hold 原因, so one that starts before it ends before it).
 */
function decimalsIn(text: string, re: RegExp, end = text.length): number {
  const m = re.exec(text);
  const raw = m && m.index < end ? m[1] : undefined;
  if (raw === undefined) return 2;
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

/** A fact that states a share (占 y%), with the decimals the share was printed with. */
export interface StatedShare {
  readonly fact: NarrativeFact;
  readonly share: number;
  readonly decimals: number;
}

/**
 * The facts that state a share, in document order, each's decimals read once: made once per
 * document, as two rules read every share and the other facts are of no interest to them.
 */
export function statedShares(d: Disclosure, ctx: CheckContext): readonly StatedShare[] {
  return ctx.memo('narrative:stated-shares', () => {
    const out: StatedShare[] = [];
    for (const fact of d.narrative.facts) {
      const share = fact.share;
      if (share !== undefined)
        out.push({ fact, share, decimals: decimalsIn(fact.text, SHARE_TEXT) });
    }
    return out;
  });
}

export function changeDecimals(f: NarrativeFact): number {
  // The text before 原因, read in place rather than sliced.
  const cut = f.text.indexOf(REASON);
  return decimalsIn(f.text, CHANGE_TEXT, cut < 0 ? f.text.length : cut);
}

/** Half a cent: the rounding of one printed amount, in cents. */
const HALF_CENT = 0.5;

// Ratios are compared in floating point; this absorbs its representation error only.
const EPS = 1e-9;

export interface Ratio {
  /** The ratio of the printed amounts, in percent. */
  readonly exact: number;
  /** The range the ratio of the unrounded amounts can lie in, in percent. */
  readonly low: number;
  readonly high: number;
}

/** Whether comparePercent passes: the printed percentage is the ratio at its decimals. */
export function percentPasses(printed: number, decimals: number, ratio: Ratio): boolean {
  return Math.abs(ratio.exact - printed) <= 0.5 * 10 ** -decimals + EPS;
}

/**
 * The printed percentage against a ratio: pass when it is the ratio rounded to the printed
 * decimals, rounding when only the amounts' own rounding can explain it, fail otherwise.
 */
export function comparePercent(
  printed: number,
  decimals: number,
  ratio: Ratio,
  location: FindingLocation,
  note?: string,
): FindingDraft {
  const half = 0.5 * 10 ** -decimals;
  const outcome = percentPasses(printed, decimals, ratio)
    ? 'pass'
    : printed - half <= ratio.high + EPS && printed + half >= ratio.low - EPS
      ? 'rounding'
      : 'fail';
  const expected = Number(ratio.exact.toFixed(Math.min(decimals, 2)));
  return {
    outcome,
    location,
    expected,
    actual: printed,
    difference: Number((printed - expected).toFixed(2)),
    ...(note ? { note } : {}),
  };
}

/**
 * part ÷ whole in percent, with the range their printing allows: each is off by up to `halfPart`
 * and `halfWhole` (half a cent of its unit, in the units part and whole are given in).
 */
export function shareRatio(
  part: number,
  whole: number,
  halfPart = HALF_CENT,
  halfWhole = HALF_CENT,
): Ratio | undefined {
  if (whole <= 0 || part < 0) return undefined;
  const low = (Math.max(0, part - halfPart) / (whole + halfWhole)) * 100;
  const high = whole > halfWhole ? ((part + halfPart) / (whole - halfWhole)) * 100 : Infinity;
  return { exact: (part / whole) * 100, low, high };
}

/**
 * change ÷ last year in percent, where last year = this year − change (cents, change unsigned).
 * Each printed amount carries half a cent, so last year carries up to one cent.
 */
export function changeRatio(change: number, lastYear: number): Ratio | undefined {
  if (lastYear <= 0 || change < 0) return undefined;
  const low = (Math.max(0, change - HALF_CENT) / (lastYear + 2 * HALF_CENT)) * 100;
  const high =
    lastYear > 2 * HALF_CENT ? ((change + HALF_CENT) / (lastYear - 2 * HALF_CENT)) * 100 : Infinity;
  return { exact: (change / lastYear) * 100, low, high };
}
