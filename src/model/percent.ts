import { z } from 'zod';

/** A printed percentage as a number of percent with at most two decimals (99.39 for "99.39%"). */
export type Percent = number;

export const PercentSchema = z
  .number()
  .refine((v) => Number.isFinite(v) && Number(v.toFixed(2)) === v, {
    message: 'percent must be finite with at most two decimals',
  });

/** The percent a printed text such as "99.39%", "1,299.00%" or "100" stands for. */
export function parsePercent(text: string): Percent | undefined {
  const m = /^([-−])?(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d{1,2}))?\s*[%％]?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = (m[2] ?? '').replace(/[,，]/g, '');
  const value = Number(m[3] ? `${digits}.${m[3]}` : digits);
  return m[1] ? -value : value;
}
