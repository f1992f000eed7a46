// Figures in the prose of 其他重要事项: "<label> X万元", "比上年预算增加 z万元，增长 w%", "主要原因是…".
// Patterns run on text without whitespace (the extraction puts spaces around numbers: "增加 64.85万元").
// Thousands separators are ASCII commas only: a full-width ， in prose separates clauses
// ("项目5个，122.30万元" must not read as 5,122.30).
import type { Amount, AmountUnit, Cents } from '../../model/money.js';
import { fromCents, parseAmountText } from '../../model/money.js';
import type { Change } from '../../model/narrative.js';
import { parsePercent } from '../../model/percent.js';
import { trimEndChars } from '../text/prose.js';

export const AMOUNT_SOURCE = String.raw`((?:\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.\d{1,6})?)(万元|元)`;
const AMOUNT = new RegExp(`(?<![\\d.,])${AMOUNT_SOURCE}`);

export interface ReadAmount {
  cents: Cents;
  unit: AmountUnit;
  /** Offsets of the amount and just after its unit. */
  start: number;
  end: number;
}

/** The first amount with its unit in `text` from `from`. */
export function firstAmount(text: string, from = 0): ReadAmount | undefined {
  const m = AMOUNT.exec(text.slice(from));
  if (!m) return undefined;
  const cents = parseAmountText(m[1] ?? '');
  if (cents === undefined) return undefined;
  const start = from + m.index;
  return { cents, unit: m[2] as AmountUnit, start, end: start + m[0].length };
}

/** Cents of an amount printed in `from`, expressed in `to` (exact, or undefined). */
export function convertCents(cents: Cents, from: AmountUnit, to: AmountUnit): Cents | undefined {
  if (from === to) return cents;
  if (from === '万元') return cents * 10000;
  return cents % 10000 === 0 ? cents / 10000 : undefined;
}

// Words allowed between a label and its amount: "机关运行经费财政拨款预算 1,483.17万元".
const MAX_FILLER_CHARS = 8;
const FILLER = new RegExp(`^[^\\d。；;]{0,${MAX_FILLER_CHARS}}$`);

/** The amount that follows `label` in `text`, in `unit` ("未安排" after the label is no amount). */
export function amountAfter(text: string, label: RegExp, unit: AmountUnit): Amount | undefined {
  const m = label.exec(text);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const read = firstAmount(text, from);
  if (!read || !FILLER.test(text.slice(from, read.start))) return undefined;
  const cents = convertCents(read.cents, read.unit, unit);
  return cents === undefined ? undefined : fromCents(cents);
}

const CHANGE = new RegExp(
  `(?:比|较)(上年(?:预算|决算|预算数|执行数)?)(增加|减少|增长|下降)${AMOUNT_SOURCE}(?:[，,](增长|下降|减少|增加)(\\d+(?:\\.\\d+)?)%)?`,
);
const UNCHANGED =
  /(?:与|和)(上年(?:预算|决算)?)(?:持平|相同|一致)|(?:比|较)(上年(?:预算|决算)?)无变化/;

/** "比上年预算增加 64.85万元，增长 4.57%" as a Change in `unit`; amount and percent unsigned. */
export function readChange(text: string, unit: AmountUnit): Change | undefined {
  const m = CHANGE.exec(text);
  if (m) {
    const cents = parseAmountText(m[3] ?? '');
    const inUnit = cents === undefined ? undefined : convertCents(cents, m[4] as AmountUnit, unit);
    const percent = m[6] === undefined ? undefined : parsePercent(m[6]);
    return {
      direction: m[2] === '减少' || m[2] === '下降' ? 'decrease' : 'increase',
      ...(inUnit === undefined ? {} : { amount: fromCents(inUnit) }),
      ...(percent === undefined ? {} : { percent }),
      against: m[1] ?? '上年',
    };
  }
  const u = UNCHANGED.exec(text);
  return u ? { direction: 'unchanged', against: u[1] ?? u[2] ?? '上年' } : undefined;
}

const REASON = /主要原因(?:是|为)?\s*[：:]?/;

/** The text after 主要原因是, to the end, without its closing full stop. */
export function readReason(text: string): string | undefined {
  const m = REASON.exec(text);
  if (!m) return undefined;
  const reason = trimEndChars(text.slice(m.index + m[0].length).trim(), '。；; \t');
  return reason || undefined;
}
