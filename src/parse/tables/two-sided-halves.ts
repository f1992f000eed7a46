// Rows of a two-sided table told apart by position (决算 收支总表 and 财政拨款收支总表): each line is
// cut at the halves' boundary; the left half is a 收入 item, the right half a 功能分类 类 (coded
// or "一、…支出") or one of the 支出 block's items (本年支出合计, 结余分配, 年末结转和结余, 总计).
// Labels wrapped onto a continuation line ("七、文化旅游体育与传媒支" / "出") are joined first.
import type { LayoutLine, LayoutToken } from '../../model/layout.js';
import type { Cents } from '../../model/money.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { ItemDef } from '../../model/specs/index.js';
import { headerEnd, isRepeatedHeaderStart } from './header.js';
import { ItemMatcher } from './items.js';
import type { RawRow } from './raw-row.js';
import { splitHalves } from './side-by-side.js';
import { amountOf } from './tokens.js';
import { numberedClass } from './two-sided.js';

const CLASS_CODE = /^2\d\d$/;
/** A numbered 支出 line of the 类 list ("二十六、…支出"). */
const CLASS_LINE = /^[一二三四五六七八九十]+、.*支出$/;

interface Half {
  readonly labels: string[];
  readonly amounts: Cents[];
  readonly x: number[];
}

interface Entry {
  readonly line: LayoutLine;
  readonly left: Half;
  readonly right: Half;
}

function addTokens(half: Half, tokens: readonly LayoutToken[]): void {
  for (const t of tokens) {
    const text = t.text.trim();
    const cents = amountOf(text);
    if (cents === undefined) half.labels.push(text);
    else {
      half.amounts.push(cents);
      half.x.push((t.x0 + t.x1) / 2);
    }
  }
}

const emptyHalf = (): Half => ({ labels: [], amounts: [], x: [] });

export function readTwoSidedHalves(
  lines: readonly LayoutLine[],
  boundary: number,
  items: { readonly income: readonly ItemDef[]; readonly expenditure: readonly ItemDef[] },
  table: string,
): { rows: RawRow[]; warnings: ParseWarning[] } {
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    if (isRepeatedHeaderStart(line)) {
      i = headerEnd(lines, i + 1) - 1;
      continue;
    }
    const { left, right } = splitHalves(line, boundary);
    const prev = entries[entries.length - 1];
    const entry = line.continues && prev ? prev : { line, left: emptyHalf(), right: emptyHalf() };
    if (entry !== prev) entries.push(entry);
    addTokens(entry.left, left?.tokens ?? []);
    addTokens(entry.right, right?.tokens ?? []);
  }

  const income = new ItemMatcher(items.income);
  const expenditure = new ItemMatcher(items.expenditure);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  const unrecognised = (line: LayoutLine, message: string): void => {
    warnings.push({
      code: 'row-unrecognised',
      message,
      table,
      at: { line: line.line, ...(line.page ? { page: line.page } : {}) },
    });
  };
  const row = (line: LayoutLine, half: Half, fields: Omit<RawRow, 'amounts' | 'line'>): void => {
    rows.push({
      ...fields,
      amounts: half.amounts,
      ...(half.x.length ? { amountX: half.x } : {}),
      line: line.line,
      ...(line.page ? { page: line.page } : {}),
    });
  };

  for (const { line, left, right } of entries) {
    const leftLabel = left.labels.join('');
    if (leftLabel || left.amounts.length) {
      const item = leftLabel ? income.match(leftLabel) : undefined;
      if (!item) unrecognised(line, `收入 item not in the template: "${leftLabel}"`);
      row(line, left, {
        kind: item?.id === 'total' ? 'total' : 'item',
        block: 'income',
        name: leftLabel,
        ...(item ? { item: item.id } : {}),
      });
    }
    if (right.labels.length === 0 && right.amounts.length === 0) continue;
    const first = right.labels[0] ?? '';
    const coded = CLASS_CODE.test(first)
      ? { code: first, name: right.labels.slice(1).join('') }
      : undefined;
    const named = coded ?? numberedClass([right.labels.join('')]);
    if (named) {
      row(line, right, {
        kind: 'code',
        block: 'expenditure',
        code: named.code,
        level: '类',
        name: named.name,
      });
      continue;
    }
    const label = right.labels.join('');
    const item = label ? expenditure.match(label) : undefined;
    if (!item && right.amounts.length === 0 && CLASS_LINE.test(label)) {
      // A blank 类 line the catalog does not list (234 抗疫特别国债安排的支出, 2020–2022).
      warnings.push({
        code: 'code-unknown',
        message: `功能分类 类 not in the catalog, blank line skipped: "${label}"`,
        table,
        at: { line: line.line, ...(line.page ? { page: line.page } : {}) },
      });
      continue;
    }
    if (!item) {
      unrecognised(line, `支出 line not in the template: "${label}"`);
      continue;
    }
    row(line, right, {
      kind: item.id === 'total' ? 'total' : 'item',
      block: 'expenditure',
      name: label,
      item: item.id,
    });
  }
  return { rows, warnings };
}
