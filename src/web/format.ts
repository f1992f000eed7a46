// How the portal prints figures: amounts with thousands separators and two decimals, as the
// documents print them; a missing figure is a dash, never 0.
import { formatAmount, type Amount } from '../model/money.js';

export function amountText(v: Amount | null | undefined): string {
  return v === null || v === undefined ? '—' : formatAmount(v, { grouping: true });
}

export function dateText(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

export function scoreText(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : String(Math.round(v));
}
