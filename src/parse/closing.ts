// The signature that closes the document: the department's name and the date (seed 000
// "新疆维吾尔自治区人民政府办公厅" / "2025年 02月 18日"; seed 004 "2021年04月15日").
import type { LayoutLine } from '../model/layout.js';
import type { ParseWarning } from '../model/parse-warning.js';
import { fromChineseNumeral } from './text/numerals.js';
import { compact, joinTexts, sourceRef } from './text/prose.js';

export interface ClosingResult {
  signedBy?: string;
  /** ISO yyyy-mm-dd. */
  signedDate?: string;
  warnings: ParseWarning[];
}

const DATE =
  /^(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const CN_DIGIT = '〇一二三四五六七八九';

function number(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4)
    return Number(
      [...text].map((c) => CN_DIGIT.indexOf(c === '○' || c === '零' ? '〇' : c)).join(''),
    );
  return fromChineseNumeral(text);
}

/** ISO date for year, month, day when they make a real date. */
function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

export function parseClosing(lines: readonly LayoutLine[]): ClosingResult {
  const warnings: ParseWarning[] = [];
  const names: string[] = [];
  let signedDate: string | undefined;
  for (const line of lines) {
    const m = DATE.exec(compact(line.text));
    if (!m) {
      names.push(line.text);
      continue;
    }
    const [y, mo, d] = [number(m[1] ?? ''), number(m[2] ?? ''), number(m[3] ?? '')];
    const iso = y && mo && d ? isoDate(y, mo, d) : undefined;
    if (iso) signedDate = iso;
    else
      warnings.push({
        code: 'field-unplaced',
        message: `signature: "${line.text.trim()}" is not a valid date`,
        at: sourceRef(line),
      });
  }
  const signedBy = joinTexts(names);
  if (!lines.length)
    warnings.push({ code: 'section-missing', message: 'no signature (name and date) at the end' });
  return {
    ...(signedBy ? { signedBy } : {}),
    ...(signedDate ? { signedDate } : {}),
    warnings,
  };
}
