// Statements that something is withheld (不予公开), anywhere in the 情况说明. A statement is the
// sentence that ends in 不予公开 (outside quotes: seed 004 lines 1375–1385 quote the rule "…不予公开”
// before its own "…4个项目，共计233.56万元资金，不予公开"), or, in a list after 其中：, the list item
// ("1．特定目标 10653H 73.90万元，完全不予公开", seed 000 line 1504). What is withheld:
// - performance-targets when the statement names the 绩效目标(表): seed 000 line 3119 "单位有 1个涉密项
//   目，涉及预算资金 73.9万元，项目绩效目标表完全不予公开" withholds the project's 绩效目标表 (it is why
//   one of the 7 projects has no table); the 73.9 itself is published, as the 结转 line of 十一;
// - projects when it names 项目 (seed 004: "4个项目，共计233.56万元资金，不予公开");
// - carryover when it stands in a part about 结转结余 (seed 000 十一, the 上年结转结余 line item).
import type { AmountUnit } from '../../model/money.js';
import { fromCents } from '../../model/money.js';
import type { Undisclosed } from '../../model/project.js';
import {
  compact,
  insideBrackets,
  type JoinedLines,
  lastOutside,
  lineAt,
  sentenceEnd,
  sourceRef,
} from '../text/prose.js';
import { firstAmount } from './matters-figures.js';

const WITHHELD = /不予公开|不公开/g;
const COUNT = /(?<!\d)(\d{1,6})个(?:涉密)?(?:项目|事项)/;
// The text before a statement that can tell its part (a 结转结余 part names itself just before).
const CONTEXT_CHARS = 2000;
const NUMBERED_ITEM = /^\s*\d{1,2}\s*[.．、]/;

/**
 * Statements of withheld items in a run of prose lines (headings left out), joined (see
 * joinWithOffsets). `before` is the text that precedes them in their section (its title
 * included), which tells a 结转结余 part.
 */
export function undisclosedIn(joined: JoinedLines, unit: AmountUnit, before = ''): Undisclosed[] {
  const { text } = joined;
  // Both forms of WITHHELD end in 开: most runs lack it.
  if (!text.includes('开')) return [];
  const out: Undisclosed[] = [];
  // Most sections withhold nothing: bracket depths are read only for those that do.
  let inside: boolean[] | undefined;
  let prevEnd = 0;
  for (const m of text.matchAll(WITHHELD)) {
    inside ??= insideBrackets(text);
    if (inside[m.index] || m.index < prevEnd) continue;
    const head = text.slice(prevEnd, m.index);
    let start = prevEnd + lastOutside(head, '。；;') + 1;
    // A list item after "其中：" is its own statement.
    const colon = lastOutside(text.slice(start, m.index), '：:');
    if (colon !== -1 && NUMBERED_ITEM.test(text.slice(start + colon + 1, m.index)))
      start += colon + 1;
    const stop = sentenceEnd(text, m.index, '。；;');
    const end = stop === -1 ? text.length : stop + 1;
    prevEnd = end;
    const statement = text.slice(start, end).trim();
    const key = compact(statement);
    const count = COUNT.exec(key)?.[1];
    const amount = firstAmount(statement.replace(/(\d)\s+(万元|元)/g, '$1$2'));
    const context = compact(before + text.slice(Math.max(0, start - CONTEXT_CHARS), start));
    const what: Undisclosed['what'] = /绩效目标/.test(key)
      ? 'performance-targets'
      : /项目/.test(key)
        ? 'projects'
        : /结转结余|结转/.test(context)
          ? 'carryover'
          : 'projects';
    const amountUnit = amount?.unit ?? unit;
    out.push({
      kind: /涉密/.test(key) ? '涉密' : '不予公开',
      // A numbered list item is one withheld item even when no count is printed.
      ...(count ? { count: Number(count) } : NUMBERED_ITEM.test(statement) ? { count: 1 } : {}),
      ...(amount ? { amount: fromCents(amount.cents) } : {}),
      unit: amountUnit,
      what,
      text: statement,
      ...(sourceRef(lineAt(joined, start)) ? { at: sourceRef(lineAt(joined, start)) } : {}),
    });
  }
  return out;
}
