// The 决算 情况说明's own phrasing, read into narrative facts beside what the general narrative
// parser finds (national 部门决算 template, 上海市普陀区财政局 2024 pp. 21–23):
//   "收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%"
//   "本年收入合计2946.25万元" / "本年支出合计2940.05万元"
//   "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%"
//   "1、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为1560.05万元，支出决算为1511.89万元"
//   "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费
//    决算为0.00万元，完成预算的0%；…"
//   "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%"
// A fact the general parser already has (same subject, scope and amount) is not added twice.
import { resolvePath } from '../model/catalog/index.js';
import { parseAmountText, fromCents, type Amount } from '../model/money.js';
import type {
  Change,
  FactScope,
  FactSubject,
  NarrativeFact,
  NarrativeSection,
} from '../model/narrative.js';
import { parsePercent } from '../model/percent.js';

const NUM = String.raw`(\d[\d,，]*(?:\.\d+)?)\s*万元`;
const PCT = String.raw`(\d+(?:\.\d+)?)\s*[%％]`;
const CHANGE = new RegExp(
  String.raw`(?:与|比)(\d{4}年度|上年度?(?:决算)?)(?:相比)?[，,]?[^，。；]*?(增加|减少|持平)(?:${NUM})?(?:[，,](?:增长|下降)${PCT})?`,
);
const BUDGET = new RegExp(
  String.raw`年初预算为\s*${NUM}[，,]\s*(?:支出)?决算为\s*${NUM}(?:[，,]\s*完成(?:年初)?预算的\s*${PCT})?`,
);
const LINE_ITEM = /^(?:其中[：:]\s*)?(?:\d+[、.．])?\s*(.+?)（类）(?:(.+?)（款）)?(?:(.+?)（项）)?/;
const THREE_PUBLIC_ITEMS: readonly [RegExp, 'outbound' | 'vehicle' | 'reception'][] = [
  [/因公出国（境）费(?:支出)?决算为/, 'outbound'],
  [/公务用车购置及运行(?:维护)?费(?:支出)?决算为/, 'vehicle'],
  [/公务接待费(?:支出)?决算为/, 'reception'],
];

function amount(text: string | undefined): Amount | undefined {
  if (text === undefined) return undefined;
  const cents = parseAmountText(text.replace(/，/g, ','));
  return cents === undefined ? undefined : fromCents(cents);
}

function changeOf(sentence: string): Change | undefined {
  const m = CHANGE.exec(sentence);
  if (!m) return undefined;
  const direction = m[2] === '增加' ? 'increase' : m[2] === '减少' ? 'decrease' : 'unchanged';
  const a = amount(m[3]);
  const p = m[4] !== undefined ? parsePercent(m[4]) : undefined;
  return {
    direction,
    ...(a !== undefined ? { amount: a } : {}),
    ...(p !== undefined ? { percent: p } : {}),
    against: m[1] as string,
  };
}

/** Sentences of a section (split at 。), each with the 。 dropped. */
function sentences(text: string): string[] {
  return text
    .split('。')
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Draft {
  subject: FactSubject;
  scope: FactScope;
  amount?: Amount;
  share?: number;
  budget?: { amount?: Amount; completion?: number };
  change?: Change;
  text: string;
}

/** The facts one section states in 决算 phrasing. */
function sectionFacts(section: NarrativeSection, year?: number): Draft[] {
  const out: Draft[] = [];
  const list = sentences(section.text);
  list.forEach((s, i) => {
    const next = list[i + 1] ?? '';
    // The change is stated in the sentence or in the next one ("与2023年度相比，…").
    const change = changeOf(s) ?? (/^与\d{4}年度相比/.test(next) ? changeOf(next) : undefined);
    const withChange = (d: Draft): Draft => (change ? { ...d, change } : d);
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`(财政拨款)?收入支出总计${NUM}`).exec(s))) {
      const a = amount(m[2]);
      out.push(
        withChange({
          subject: { kind: 'total', side: 'both' },
          scope: m[1] ? 'fiscal' : 'all',
          ...(a !== undefined ? { amount: a } : {}),
          text: s,
        }),
      );
      return;
    }
    if ((m = new RegExp(`本年(收入|支出)合计${NUM}`).exec(s)) && m.index < 4) {
      const a = amount(m[2]);
      out.push({
        subject: { kind: 'total', side: m[1] === '收入' ? 'revenue' : 'expenditure' },
        scope: 'all',
        ...(a !== undefined ? { amount: a } : {}),
        text: s,
      });
      return;
    }
    const budget = BUDGET.exec(s);
    if (budget) {
      const facts = {
        amount: amount(budget[2]),
        budget: {
          ...(amount(budget[1]) !== undefined ? { amount: amount(budget[1]) } : {}),
          ...(budget[3] !== undefined ? { completion: parsePercent(budget[3]) } : {}),
        },
      };
      const base = {
        ...(facts.amount !== undefined ? { amount: facts.amount } : {}),
        budget: facts.budget,
        text: s,
      };
      if (/^“?三公”?经费/.test(s)) {
        // Its change on last year follows apart: "2024年度“三公”经费…决算数与2023年度持平".
        const later = list.slice(i + 1).find((t) => t.includes('三公') && CHANGE.test(t));
        const change3 = later ? changeOf(later) : undefined;
        out.push({
          subject: { kind: 'three-public', item: 'total' },
          scope: 'three-public',
          ...base,
          ...(change3 ? { change: change3 } : {}),
        });
        for (const [re, item] of THREE_PUBLIC_ITEMS) {
          const at = s.search(re);
          if (at < 0) continue;
          const rest = s.slice(at).replace(re, '');
          const v = new RegExp(`^${NUM}(?:[，,]\\s*完成(?:年初)?预算的\\s*${PCT})?`).exec(rest);
          if (!v) continue;
          const a = amount(v[1]);
          out.push({
            subject: { kind: 'three-public', item },
            scope: 'three-public',
            ...(a !== undefined ? { amount: a } : {}),
            ...(v[2] !== undefined ? { budget: { completion: parsePercent(v[2]) } } : {}),
            text: s,
          });
        }
      } else if (/^一般公共预算财政拨款支出/.test(s)) {
        out.push({
          subject: { kind: 'total', side: 'expenditure' },
          scope: 'general-budget',
          ...base,
        });
      }
      return;
    }
    // A numbered line: "1、<类>（类）<款>（款）<项>（项）" opens it, its figures follow in the next
    // sentences ("主要用于：…", "年初预算为…").
    const line = LINE_ITEM.exec(s);
    if (line && /（类）/.test(s)) {
      const path = [line[1], line[2], line[3]].filter((p): p is string => !!p);
      const figures = list
        .slice(i + 1, i + 3)
        .map((t) => BUDGET.exec(t))
        .find(Boolean);
      if (!figures) return;
      const entry = resolvePath('function', path, year ? { year } : {});
      const a = amount(figures[2]);
      const b = amount(figures[1]);
      out.push({
        subject: {
          kind: 'function',
          level: path.length === 3 ? '项' : path.length === 2 ? '款' : '类',
          ...(entry ? { code: entry.code } : {}),
          path,
        },
        scope: 'general-budget',
        ...(a !== undefined ? { amount: a } : {}),
        budget: {
          ...(b !== undefined ? { amount: b } : {}),
          ...(figures[3] !== undefined ? { completion: parsePercent(figures[3]) } : {}),
        },
        text: s,
      });
      return;
    }
    if ((m = new RegExp(`^一般公共预算财政拨款支出${NUM}(?:[，,]占[^，。]*?${PCT})?`).exec(s))) {
      if (s.includes('主要用于')) return; // the 结构 sentence restates the total before its 类
      const a = amount(m[1]);
      const share = m[2] !== undefined ? parsePercent(m[2]) : undefined;
      out.push(
        withChange({
          subject: { kind: 'total', side: 'expenditure' },
          scope: 'general-budget',
          ...(a !== undefined ? { amount: a } : {}),
          ...(share !== undefined ? { share } : {}),
          text: s,
        }),
      );
      return;
    }
    if ((m = new RegExp(`^机关运行经费(?:支出)?${NUM}`).exec(s))) {
      const a = amount(m[1]);
      out.push(
        withChange({
          subject: { kind: 'operating-costs' },
          scope: 'general-budget',
          ...(a !== undefined ? { amount: a } : {}),
          text: s,
        }),
      );
    }
  });
  return out;
}

function sameFact(a: NarrativeFact, d: Draft): boolean {
  return (
    JSON.stringify(a.subject) === JSON.stringify(d.subject) &&
    a.scope === d.scope &&
    a.amount === d.amount
  );
}

/** The 决算 facts of the sections that the general parser's facts do not already hold. */
export function finalFacts(
  sections: readonly NarrativeSection[],
  existing: readonly NarrativeFact[],
  year?: number,
): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  for (const section of sections) {
    for (const d of sectionFacts(section, year)) {
      if (existing.some((f) => sameFact(f, d))) continue;
      out.push({
        section: section.number,
        ...(section.parent ? { parent: section.parent } : {}),
        subject: d.subject,
        scope: d.scope,
        unit: '万元',
        ...(d.amount !== undefined ? { amount: d.amount } : {}),
        ...(d.share !== undefined ? { share: d.share } : {}),
        ...(d.change ? { change: d.change } : {}),
        ...(d.budget && Object.keys(d.budget).length ? { budget: d.budget } : {}),
        text: d.text,
        ...(section.at ? { at: section.at } : {}),
      });
    }
  }
  return out;
}
