// The amounts a 资金分配情况 lists, as items: the parts the project's money is split into. Forms seen:
//   "差旅费 815万元；租赁费 461万元；…"                         (seed 000 (一))  name, amount
//   "1.物业管理费 9.61万元，保障…；2.维修（护）费 29.5万元…"     (seed 000 (四))  description after
//   "1.后勤保障支出，保障办事处正常工作运转：70万元；"            (seed 000 (五))  label：amount
//   "其中：办公费6万元、水费1万元、…"                            (seed 004 1)     、-separated
//   "视联网视频会议室缺口资金（含质保金）为5.75万元"              (seed 004 3)     …为 amount
//   "享受待遇人员42人，人均0.03万元，共计1.26万元"                (seed 004 2)     a computation
// The last is not a split: 人均 0.03 is a rate and 共计 1.26 the total, so neither is an item and that
// allocation has no items (its text keeps the figures). An item's name is the text before its
// amount back to the previous amount or clause; amounts inside brackets describe an item and are
// not items themselves.
import type { AllocationItem } from '../../model/project.js';
import type { AmountUnit, Cents } from '../../model/money.js';
import { fromCents, parseAmountText } from '../../model/money.js';
import { insideBrackets, lastOutside, trimEndChars } from '../text/prose.js';
import { convertCents } from './matters-figures.js';

const AMOUNT = /(?<![\d.,，])(\d{1,3}(?:[,，]\d{3})+|\d{1,15})(?:\.(\d{1,6}))?\s*(万元|元)/g;
const LEADING_NUMBER = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[)）])\s*/;
const LEADING_NOISE = /^[\s，,、：:；;。]*(?:其中[：:]?)?\s*/;
const TRAILING_NOISE = ' \t，,、：:';
// "…（含质保金）为5.75万元": the verb before an amount is not part of the name.
const TRAILING_VERBS = '为约';
const TOTAL = /^(?:共计|合计|总计|小计|共|总额|总金额|资金总额)$/;
const RATE = /(?:人均|每人|每户|每月|每年|每次|每天|每|标准|单价)$/;

export interface AllocationRead {
  items: AllocationItem[];
  /** An amount stated as the total (共计 1.26万元), which is not an item. */
  total?: Cents;
  /** Items whose amount could not be read exactly (more than two decimals, other unit). */
  unreadable: string[];
}

export function allocationItems(text: string, unit: AmountUnit): AllocationRead {
  const inside = insideBrackets(text);
  const out: AllocationRead = { items: [], unreadable: [] };
  let prevEnd = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index;
    if (inside[start]) continue;
    const segment = text.slice(prevEnd, start);
    prevEnd = start + m[0].length;
    // Back to the clause that holds this amount: after the last ；。 outside brackets; then, unless
    // the clause is a "label：amount", back to its last ，/：.
    const clause = segment.slice(lastOutside(segment, '；;。') + 1).replace(LEADING_NUMBER, '');
    let name = clause;
    if (!/[：:]\s*(?:为)?\s*$/.test(name)) name = name.slice(lastOutside(name, '，,：:') + 1);
    name = tidy(name) || tidy(clause);
    const printed = m[2] ? `${m[1]}.${m[2]}` : (m[1] ?? '');
    const cents = parseAmountText(printed);
    const inUnit = cents === undefined ? undefined : convertCents(cents, m[3] as AmountUnit, unit);
    if (TOTAL.test(name)) {
      if (inUnit !== undefined) out.total = inUnit;
      continue;
    }
    if (RATE.test(name)) continue;
    if (inUnit === undefined) out.unreadable.push(`${name} ${m[0]}`);
    out.items.push({ name, ...(inUnit === undefined ? {} : { amount: fromCents(inUnit) }) });
  }
  return out;
}

function tidy(name: string): string {
  const head = name.replace(LEADING_NOISE, '').replace(LEADING_NUMBER, '');
  const end = trimEndChars(head, TRAILING_NOISE);
  return trimEndChars(
    TRAILING_VERBS.includes(end.slice(-1)) ? end.slice(0, -1) : end,
    TRAILING_NOISE,
  );
}
