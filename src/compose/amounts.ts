// Line items hold 元 to the 分 (integers of 0.01 元); every printed cell is rounded on its own to
// 0.01 of the table's unit, half up (四舍五入), as budget systems print — sums are never forced, so
// a printed total may differ from its printed parts by rounding (DESIGN.md "Data").
import { fromCents, toCents, type Amount, type AmountUnit, type Cents } from '../model/money.js';

/** 分 per 0.01 of each unit. */
const FEN_PER_CENT: Record<AmountUnit, number> = { 元: 1, 万元: 10_000 };

/** 分 of an input amount in 元. */
export function fenOf(yuan: Amount): number {
  return toCents(yuan);
}

/** Cents of `unit` for an amount in 分, rounded half up (away from zero). */
export function roundFen(fen: number, unit: AmountUnit): Cents {
  const per = FEN_PER_CENT[unit];
  if (per === 1) return fen;
  const abs = Math.abs(fen);
  const cents = Math.floor((abs + per / 2) / per);
  return fen < 0 ? -cents : cents;
}

/** The printed Amount for an amount in 分. */
export function printed(fen: number, unit: AmountUnit): Amount {
  return fromCents(roundFen(fen, unit));
}
