// Rows of the two-sided tables (收支总体, 财政拨款收支总体): each printed line carries a 收入 item on
// the left and a 支出 功能分类 类 on the right, each with its numbers. The right side starts at
// its 3-digit class code followed by a name; the last line pairs 收入总计 with 支出总计.
import type { LayoutLine } from '../../model/layout.js';
import type { Cents } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { ItemDef } from '../../model/specs/index.js';
import { findByName } from '../../model/catalog/index.js';
import { headerEnd, isRepeatedHeaderStart } from './header.js';
import { amountCenters, amountOf, words } from './tokens.js';
import { ItemMatcher } from './items.js';
import type { RawRow } from './raw-row.js';

const CLASS_CODE = /^2\d\d$/;
const STARTS_CJK = /^[\u4e00-\u9fff（(]/;
// Tested on labels as printed: a label joins tokens, which hold no space, and matchKey's other
// change (brackets, quotes, colons) cannot make or unmake these words.
const INCOME_TOTAL = /^收入(总计|合计)/;
const EXPENDITURE_TOTAL = /^支出(总计|合计)/;

// Each token's cents (undefined for a word) of the line being read: one list reused line after
// line (each line's tokens are read once, then its sides are cut from them).
const tokenCents: (Cents | undefined)[] = [];

/** The line's tokens' cents, in tokenCents (valid until the next line). */
function readCents(tokens: readonly string[]): readonly (Cents | undefined)[] {
  tokenCents.length = 0;
  for (const token of tokens) tokenCents.push(amountOf(token));
  return tokenCents;
}

/** The words of tokens from..to joined: a side's label (every run of words on it). */
function labelIn(
  tokens: readonly string[],
  cents: readonly (Cents | undefined)[],
  from: number,
  to: number,
): string {
  let label = '';
  for (let k = from; k < to; k++) if (cents[k] === undefined) label += tokens[k]!;
  return label;
}

// A side's numbers as found, reused side after side (an array grown by push holds room for 16).
const found: Cents[] = [];

/** The numbers of tokens from..to in order (a side's values), in an array of their count. */
function amountsIn(cents: readonly (Cents | undefined)[], from: number, to: number): Cents[] {
  found.length = 0;
  for (let k = from; k < to; k++) {
    const c = cents[k];
    if (c !== undefined) found.push(c);
  }
  return found.slice();
}

/**
 * Where the 支出 total starts on a line without a class code: the first run of words that reads
 * 支出总计/合计 (its words joined), with that label; undefined when none does.
 */
function expenditureTotal(
  tokens: readonly string[],
  cents: readonly (Cents | undefined)[],
): { at: number; label: string } | undefined {
  let k = 0;
  while (k < tokens.length) {
    if (cents[k] !== undefined) {
      k++;
      continue;
    }
    const at = k;
    let label = '';
    while (k < tokens.length && cents[k] === undefined) label += tokens[k++]!;
    if (EXPENDITURE_TOTAL.test(label)) return { at, label };
  }
  return undefined;
}

export function readTwoSidedRows(
  lines: readonly LayoutLine[],
  items: readonly ItemDef[],
  table: string,
): { rows: RawRow[]; warnings: ParseWarning[] } {
  const matcher = new ItemMatcher(items);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  const at = (line: LayoutLine) => ({ line: line.line, ...(line.page ? { page: line.page } : {}) });

  const income = (line: LayoutLine, label: string, amounts: Cents[]): void => {
    if (!label && amounts.length === 0) return;
    const item = matcher.match(label);
    if (!item) {
      warnings.push({
        code: 'row-unrecognised',
        message: `收入 item not in the template: "${label}"`,
        table,
        at: at(line),
      });
    }
    const kind = item?.id === 'total' ? 'total' : 'item';
    const row: Labels = { kind, block: 'income', name: label };
    if (item) row.item = item.id;
    rows.push(placed(row, amounts, line));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    if (isRepeatedHeaderStart(line)) {
      i = headerEnd(lines, i + 1) - 1;
      continue;
    }
    const tokens = words(line.text);
    const split = tokens.findIndex(
      (t, k) => CLASS_CODE.test(t) && STARTS_CJK.test(tokens[k + 1] ?? ''),
    );
    const named = split < 0 ? numberedClass(tokens) : undefined;
    const cents = readCents(tokens);
    if (named) {
      // 上海 and 决算 print the 支出 side as "一、一般公共服务支出" without codes.
      income(line, labelIn(tokens, cents, 0, named.index), amountsIn(cents, 0, named.index));
      const amounts = amountsIn(cents, named.index + 1, tokens.length);
      const x = amountCenters(line, amounts.length);
      const row: Labels = {
        kind: 'code',
        block: 'expenditure',
        code: named.code,
        level: '类',
        name: named.name,
      };
      rows.push(placed(row, amounts, line, x));
      continue;
    }
    if (split >= 0) {
      income(line, labelIn(tokens, cents, 0, split), amountsIn(cents, 0, split));
      const amounts = amountsIn(cents, split + 1, tokens.length);
      const x = amountCenters(line, amounts.length);
      const row: Labels = {
        kind: 'code',
        block: 'expenditure',
        code: tokens[split]!,
        level: '类',
        name: labelIn(tokens, cents, split + 1, tokens.length),
      };
      rows.push(placed(row, amounts, line, x));
      continue;
    }
    const total = expenditureTotal(tokens, cents);
    if (total) {
      income(line, labelIn(tokens, cents, 0, total.at), amountsIn(cents, 0, total.at));
      const amounts = amountsIn(cents, total.at, tokens.length);
      const x = amountCenters(line, amounts.length);
      const row: Labels = { kind: 'total', block: 'expenditure', name: total.label };
      rows.push(placed(row, amounts, line, x));
      continue;
    }
    const label = labelIn(tokens, cents, 0, tokens.length);
    const amounts = amountsIn(cents, 0, tokens.length);
    if (INCOME_TOTAL.test(label) || matcher.knows(label) || amounts.length > 0) {
      income(line, label, amounts);
    } else {
      warnings.push({
        code: 'row-unrecognised',
        message: `line not read as a row: "${line.text.trim()}"`,
        table,
        at: at(line),
      });
    }
  }
  return { rows, warnings };
}

/** A row's fields before its numbers and place. */
type Labels = Omit<RawRow, 'amounts' | 'line'>;

/**
 * The row's numbers and place set after its labels, in RawRow's field order: a row is built
 * field by field (spreads per row cost more than reading it).
 */
function placed(row: Labels, amounts: Cents[], line: LayoutLine, x?: number[]): RawRow {
  const out = row as RawRow;
  out.amounts = amounts;
  if (x) out.amountX = x;
  out.line = line.line;
  if (line.page) out.page = line.page;
  return out;
}

const CLASS_NUMBERING = /^[一二三四五六七八九十]+、/;

/**
 * The last token that names a 功能分类 类 after a 一、-style number ("五、资源勘探工业信息等支出"),
 * with the class code from the catalog (any edition: documents keep old names for years). The
 * name must be the class's own or end in 支出: "三、国有资本经营预算" on the 收入 side is an item,
 * though the catalog would match it to 223 国有资本经营预算支出 tolerantly.
 */
export function numberedClass(
  tokens: readonly string[],
): { index: number; code: string; name: string } | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!CLASS_NUMBERING.test(t)) continue;
    const name = t.replace(CLASS_NUMBERING, '');
    const entry = findByName('function', name, { level: '类' })[0];
    if (entry && (name.endsWith('支出') || name === entry.name))
      return { index: k, code: entry.code, name };
  }
  return undefined;
}
