// Rows of one-block item tables (the 三公 table): one printed line per item, label then numbers.
import type { LayoutLine } from '../../model/layout.js';
import type { Cents } from '../../model/money.js';
import { amountOf, words } from './tokens.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { ItemDef } from '../../model/specs/index.js';
import { headerEnd, isRepeatedHeaderStart } from './header.js';
import { ItemMatcher } from './items.js';
import type { RawRow } from './raw-row.js';
import { amountCenters } from './tokens.js';

// Item labels are short; one wrapped over more lines than this is not an item.
const MAX_LABEL_LINES = 2;

function split(text: string): { label: string; amounts: Cents[] } {
  const tokens = words(text);
  const amounts: Cents[] = [];
  while (tokens.length) {
    const t = tokens[tokens.length - 1] as string;
    const c = amountOf(t);
    if (c === undefined) break;
    amounts.unshift(c);
    tokens.pop();
  }
  return { label: tokens.join(''), amounts };
}

export function readItemRows(
  lines: readonly LayoutLine[],
  items: readonly ItemDef[],
  table: string,
): { rows: RawRow[]; warnings: ParseWarning[] } {
  const matcher = new ItemMatcher(items);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let carry = '';
  let carried = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    if (isRepeatedHeaderStart(line)) {
      i = headerEnd(lines, i + 1) - 1;
      continue;
    }
    const { label: raw, amounts } = split(line.text);
    const label = carry + raw;
    // A wrapped label: keep reading while the text so far is no item but could become one.
    if (
      !matcher.knows(label) &&
      amounts.length === 0 &&
      i + 1 < lines.length &&
      carried < MAX_LABEL_LINES
    ) {
      carry = label;
      carried++;
      continue;
    }
    carry = '';
    carried = 0;
    const item = matcher.match(label);
    if (!item) {
      warnings.push({
        code: 'row-unrecognised',
        message: `item not in the template: "${label}"`,
        table,
        at: { line: line.line, ...(line.page ? { page: line.page } : {}) },
      });
    }
    // Where the input has positions, each number says its column (as in coded rows).
    const amountX = amounts.length ? amountCenters(line, amounts.length) : undefined;
    rows.push({
      kind: item?.id === 'total' ? 'total' : 'item',
      name: label,
      ...(item ? { item: item.id } : {}),
      amounts,
      ...(amountX ? { amountX } : {}),
      line: line.line,
      ...(line.page ? { page: line.page } : {}),
    });
  }
  return { rows, warnings };
}

/** The values of an items-as-columns table: every number of its data lines, in order. */
export function readTransposedValues(lines: readonly LayoutLine[]): {
  amounts: Cents[];
  amountX?: number[];
} {
  const amounts: Cents[] = [];
  const xs: number[] = [];
  let positioned = true;
  for (const l of lines) {
    const a = split(l.text).amounts;
    amounts.push(...a);
    const x = a.length ? amountCenters(l, a.length) : [];
    if (x) xs.push(...x);
    else positioned = false;
  }
  return positioned && xs.length === amounts.length ? { amounts, amountX: xs } : { amounts };
}
