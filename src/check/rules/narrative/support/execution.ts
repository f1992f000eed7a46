// The 上海 template explains each 项 of 一般公共预算 against last year's execution: "…（01项）
// 208.8万元。…2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加
// 5.27%。". The parser keeps the figures (NarrativeFact.execution) but not what these rules cite,
// the clause's own text and the printed path of the heading it follows, so the clauses are read
// here from the section text.
import type { Disclosure } from '../../../../model/disclosure.js';
import type { FindingLocation } from '../../../../model/finding.js';
import { parseAmountText, type Cents } from '../../../../model/money.js';
import type { CheckContext } from '../../../context.js';
import { sectionLocation } from './where.js';

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const EXECUTION = new RegExp(
  String.raw`(\d{4})年(?:当年)?预算执行数为\s*${AMOUNT}\s*(万元|元)[，,]\s*(\d{4})年预算安排\s*${AMOUNT}\s*(万元|元)[，,]\s*` +
    String.raw`(?:比|较|与)\d{4}年(?:当年)?预算执行数(?:相比)?(增加|增长|上升|减少|下降|降低|持平)\s*(?:${AMOUNT}\s*[%％])?`,
  'g',
);
// The item's heading: "13、住房保障支出（221类）住房改革支出（02款）购房补贴（03项）243.36万元";
// 万里街道 2023 numbers with "16." and quotes the path: "16. “…（款）…（项）”220.63万元".
const HEADING = new RegExp(
  String.raw`(?<![\d.．])(\d{1,2})[、.．](?!\d)\s*[“"]?([^。“”"]*?[（(]\d{0,2}项[）)])[”"]?\s*${AMOUNT}\s*(万元|元)`,
  'g',
);

export interface ExecutionClause {
  /** "12、住房保障支出（221类）…（01项）" */
  readonly item?: string;
  /** The heading's amount, in the clause's unit. */
  readonly heading?: Cents;
  readonly executed: Cents;
  readonly planned: Cents;
  readonly unit: '万元' | '元';
  /** +1 increase, −1 decrease, 0 持平. */
  readonly direction: 1 | -1 | 0;
  readonly percent?: number;
  /** Decimals the percent was printed with. */
  readonly decimals: number;
  readonly text: string;
  readonly location: FindingLocation;
}

function cents(raw: string | undefined): Cents | undefined {
  return raw === undefined ? undefined : parseAmountText(raw);
}

/** The clauses of all sections, read once per disclosure for the rules that share them. */
export function executionClauses(d: Disclosure, ctx: CheckContext): readonly ExecutionClause[] {
  return ctx.memo('narrative:execution-clauses', () => readClauses(d));
}

function readClauses(d: Disclosure): ExecutionClause[] {
  const out: ExecutionClause[] = [];
  for (const s of d.narrative.sections) {
    const text = s.text;
    // A literal search first: most sections (and the 新疆 template) have no such clause.
    if (!text.includes('预算执行数为')) continue;
    let from = 0;
    for (const m of text.matchAll(EXECUTION)) {
      const at = m.index ?? 0;
      const [, , exec, execUnit, , plan, planUnit, verb, pct] = m;
      const executed = cents(exec);
      const planned = cents(plan);
      if (executed === undefined || planned === undefined || execUnit !== planUnit) continue;
      let head: RegExpMatchArray | undefined;
      for (const h of text.slice(from, at).matchAll(HEADING)) head = h;
      from = at + m[0].length;
      const headCents = head && head[4] === planUnit ? cents(head[3]) : undefined;
      const direction = verb === '持平' ? 0 : /增|升/.test(verb ?? '') ? 1 : -1;
      const dot = pct?.indexOf('.') ?? -1;
      out.push({
        ...(head ? { item: `${head[1]}、${head[2]}` } : {}),
        ...(headCents !== undefined ? { heading: headCents } : {}),
        executed,
        planned,
        unit: planUnit === '元' ? '元' : '万元',
        direction,
        ...(pct !== undefined ? { percent: Number(pct.replace(/,/g, '')) } : {}),
        decimals: pct === undefined || dot < 0 ? 0 : pct.length - dot - 1,
        text: m[0],
        location: { ...sectionLocation(s), ...(head ? { subject: `${head[1]}、${head[2]}` } : {}) },
      });
    }
  }
  return out;
}
