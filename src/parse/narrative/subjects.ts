// Which money a figure is about, from the words printed before it ("一般公共预算 14,216.81万元",
// "…2025年财政拨款“三公”经费数为 320.81万元"). The words are matched at their end, so a department
// name or a year in front does not matter; the section kind says which subjects can occur and the
// default scope (see section-kinds.ts).
import { findByName, resolvePath } from '../../model/catalog/index.js';
import type { FactScope, FactSubject, RevenueSource } from '../../model/narrative.js';
import { defaultScope, type SectionKind } from './section-kinds.js';
import { compact } from '../text/prose.js';

export interface Classified {
  subject: FactSubject;
  scope: FactScope;
}

/** Only the end of a subject phrase matters; longer text is cut so that matching stays cheap. */
const MAX_SUBJECT_CHARS = 80;

type Make = (key: string, text: string, year?: number) => FactSubject | undefined;

interface Rule {
  re: RegExp;
  kinds: readonly SectionKind[];
  make: Make;
  /** Scope the subject itself states (财政拨款收支总预算), overriding the section's. */
  scope?: FactScope;
}

const ANY: readonly SectionKind[] = [
  'overall',
  'revenue',
  'expenditure',
  'fiscal',
  'general-budget',
  'basic',
  'fund',
  'capital',
  'three-public',
  'carryover',
  'operating-costs',
  'unknown',
];
const SOURCE_KINDS: readonly SectionKind[] = ['overall', 'revenue', 'fiscal'];
const SPEND_KINDS: readonly SectionKind[] = [
  'overall',
  'expenditure',
  'fiscal',
  'general-budget',
  'basic',
];

const total =
  (side: 'revenue' | 'expenditure' | 'both'): Make =>
  () => ({ kind: 'total', side });
const source =
  (s: RevenueSource): Make =>
  () => ({ kind: 'revenue', source: s });
const threePublic =
  (item: Extract<FactSubject, { kind: 'three-public' }>['item']): Make =>
  () => ({
    kind: 'three-public',
    item,
  });

// Order matters: the first rule whose pattern ends the phrase wins, so longer names come first
// (上级一般公共预算…转移支付资金 before 一般公共预算, 非财政拨款结转 before 财政拨款结转).
const RULES: readonly Rule[] = [
  { re: /财政拨款收支总预算$/, kinds: ANY, make: total('both'), scope: 'fiscal' },
  { re: /收支总预算$/, kinds: ['overall', 'fiscal'], make: total('both') },
  {
    re: /一般公共预算(当年)?拨款(合计|总额|总计)?$/,
    kinds: ['general-budget'],
    make: total('expenditure'),
  },
  // “三公”经费 (seed 004 八 prints 公务用车购置 without 费; 万里街道 2023 公务车购置及运行费, 公务车用车运行费).
  { re: /公务用?车购置及运行(维护)?费$/, kinds: ['three-public'], make: threePublic('vehicle') },
  { re: /公务用?车购置(费)?$/, kinds: ['three-public'], make: threePublic('vehicle-purchase') },
  {
    re: /公务用?车(用车)?运行(维护)?(费)?$/,
    kinds: ['three-public'],
    make: threePublic('vehicle-operation'),
  },
  { re: /公务接待(费)?$/, kinds: ['three-public'], make: threePublic('reception') },
  { re: /因公出国(（境）)?(费)?$/, kinds: ['three-public'], make: threePublic('outbound') },
  { re: /三公“?经费(预算|支出)?(数)?$/, kinds: ['three-public'], make: threePublic('total') },
  {
    re: /(机关|单位)运行经费(财政拨款)?(预算)?(数)?$/,
    kinds: [...ANY, 'other'],
    make: () => ({ kind: 'operating-costs' }),
    scope: 'fiscal',
  },
  // 上年结转结余预算情况说明: "上年结转结余 73.90万元，包括：财政拨款 73.90万元，非财政拨款 0.00万元".
  {
    re: /上年结转(结余)?$/,
    kinds: ['carryover'],
    make: () => ({ kind: 'carryover', source: 'all' }),
  },
  {
    re: /非财政拨款(结转结余|结转|结余)?$/,
    kinds: ['carryover'],
    make: () => ({ kind: 'carryover', source: 'nonfiscal' }),
  },
  {
    re: /财政拨款(结转结余|结转|结余)?$/,
    kinds: ['carryover'],
    make: () => ({ kind: 'carryover', source: 'fiscal' }),
  },
  { re: /收入(总)?预算$/, kinds: SOURCE_KINDS, make: total('revenue') },
  // 上海 预算编制说明: "财政拨款支出预算中，一般公共预算拨款支出预算…；政府性基金拨款支出预算0万元".
  {
    re: /财政拨款支出(总)?预算$/,
    kinds: ['overall'],
    make: total('expenditure'),
    scope: 'fiscal',
  },
  {
    re: /一般公共预算(拨款)?支出(总)?预算$/,
    kinds: ['overall'],
    make: total('expenditure'),
    scope: 'general-budget',
  },
  // The 政府性基金 / 国有资本经营 spending has no subject of its own: not a total.
  {
    re: /(?<!(政府性基金|国有资本经营)(预算)?(拨款)?)支出(总)?预算$/,
    kinds: ['overall', 'expenditure', 'fiscal'],
    make: total('expenditure'),
  },
  {
    re: /上级政府性基金.*转移支付(资金)?(收入)?$/,
    kinds: SOURCE_KINDS,
    make: source('fund-transfer'),
  },
  {
    re: /上级国有资本经营预算.*转移支付(资金)?(收入)?$/,
    kinds: SOURCE_KINDS,
    make: source('capital-transfer'),
  },
  {
    re: /上级一般公共预算.*转移支付(资金)?(收入)?$/,
    kinds: SOURCE_KINDS,
    make: source('general-transfer'),
  },
  { re: /非财政拨款结转(结余|和结余)?$/, kinds: SOURCE_KINDS, make: source('carryover-nonfiscal') },
  { re: /财政拨款结转(结余|和结余)?$/, kinds: SOURCE_KINDS, make: source('carryover-fiscal') },
  { re: /上年结转(结余|和结余)?$/, kinds: SOURCE_KINDS, make: source('carryover') },
  { re: /政府性基金(预算)?(拨款)?(收入)?$/, kinds: SOURCE_KINDS, make: source('fund') },
  { re: /国有资本经营预算(拨款)?(收入)?$/, kinds: SOURCE_KINDS, make: source('capital') },
  { re: /一般公共预算(拨款)?(收入)?$/, kinds: SOURCE_KINDS, make: source('general') },
  {
    re: /(财政专户(（教育收费）|管理资金)?|教育收费)(收入)?$/,
    kinds: SOURCE_KINDS,
    make: source('special-account'),
  },
  { re: /单位资金(收入)?$/, kinds: SOURCE_KINDS, make: source('unit-funds') },
  { re: /事业单位经营收入$/, kinds: SOURCE_KINDS, make: source('business-operating') },
  { re: /事业收入$/, kinds: SOURCE_KINDS, make: source('business-income') },
  { re: /其他(资金)?收入$/, kinds: SOURCE_KINDS, make: source('unit-other') },
  { re: /财政拨款(收入)?$/, kinds: SOURCE_KINDS, make: source('fiscal') },
  { re: /基本支出$/, kinds: SPEND_KINDS, make: () => ({ kind: 'expenditure', type: 'basic' }) },
  { re: /项目支出$/, kinds: SPEND_KINDS, make: () => ({ kind: 'expenditure', type: 'project' }) },
  {
    re: /人员经费$/,
    kinds: ['basic', 'general-budget'],
    make: () => ({ kind: 'economic-group', group: 'personnel' }),
  },
  {
    re: /公用经费$/,
    kinds: ['basic', 'general-budget'],
    make: () => ({ kind: 'economic-group', group: 'public-use' }),
  },
  // A 功能分类 line: "…（类）…（款）…（项）" anywhere it is printed with level markers, or a bare
  // 类 name ending in 支出 in the 财政拨款 and 当年拨款 sections.
  { re: /（(类|款|项)）$/, kinds: ['fiscal', 'general-budget'], make: functionSubject },
  { re: /^[^\d预算]+支出$/, kinds: ['fiscal', 'general-budget'], make: functionSubject },
  // 上海 预算编制说明: "财政拨款支出主要内容如下：1. “一般公共服务支出（类）…（项）”938.99万元".
  // Codes may stand in the markers: "公共安全支出（204类）司法（06款）行政运行（01项）".
  { re: /（\d*(类|款|项)）“?$/, kinds: ['overall'], make: functionSubject, scope: 'fiscal' },
];

/** Folds what varies in print but not in meaning: spaces, bracket and quote styles. */
export function subjectKey(text: string): string {
  // Each replacement only where it can change something: most phrases have no brackets or quotes.
  let key = compact(text);
  if (key.includes('(')) key = key.replace(/\(/g, '（');
  if (key.includes(')')) key = key.replace(/\)/g, '）');
  if (QUOTE.test(key)) key = key.replace(/[“”"＂]/g, '“');
  if (TRAILING_VERB_LAST.has(key.charCodeAt(key.length - 1)))
    key = key.replace(/(预算数|金额)?(为|是|共|共计)$/, '');
  return key.slice(-MAX_SUBJECT_CHARS);
}

const QUOTE = /[“”"＂]/;
// The letters the trailing "为/是/共/共计" of subjectKey ends on.
const TRAILING_VERB_LAST = new Set([...'为是共计'].map((c) => c.charCodeAt(0)));

// A leading list number: "1、", "1.", "（一）".
const LEADING_NUMBER = /^\s*(\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*/;

export function classifySubject(
  text: string,
  kind: SectionKind,
  year?: number,
): Classified | undefined {
  const key = subjectKey(text);
  if (key === '') return undefined;
  for (const rule of rulesFor(kind)) {
    if (!rule.re.test(key)) continue;
    const subject = rule.make(key, text, year);
    if (subject) return { subject, scope: rule.scope ?? defaultScope(kind) };
  }
  return undefined;
}

// RULES by section kind, in their order (each phrase of a section tries only its kind's).
const RULES_BY_KIND = new Map<SectionKind, readonly Rule[]>();

function rulesFor(kind: SectionKind): readonly Rule[] {
  let rules = RULES_BY_KIND.get(kind);
  if (!rules) {
    rules = RULES.filter((rule) => rule.kinds.includes(kind));
    RULES_BY_KIND.set(kind, rules);
  }
  return rules;
}

/** A number of a list item at the start of a phrase ("1．特定目标…"). */
export function startsWithListNumber(text: string): boolean {
  return LEADING_NUMBER.test(text);
}

const LEVEL_MARK = /[（(]\s*(?:\d{2,3}\s*)?(类|款|项)\s*[)）]/g;

/**
 * "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" → path of names as
 * printed (spaces from line breaks removed), level of the last marker, code from the catalog.
 */
function functionSubject(_key: string, text: string, year?: number): FactSubject | undefined {
  let phrase = compact(text.replace(LEADING_NUMBER, ''));
  if (QUOTE.test(phrase.charAt(0)) || QUOTE.test(phrase.charAt(phrase.length - 1)))
    phrase = phrase.replace(/^[“”"＂]|[“”"＂]$/g, '');
  const path: string[] = [];
  const marked: string[] = [];
  let level: '类' | '款' | '项' = '类';
  let from = 0;
  // exec over the global pattern, not matchAll (which copies the pattern on every call).
  LEVEL_MARK.lastIndex = 0;
  for (let m = LEVEL_MARK.exec(phrase); m; m = LEVEL_MARK.exec(phrase)) {
    const name = phrase.slice(from, m.index);
    if (name === '') return undefined;
    path.push(name);
    marked.push(/\d/.test(m[0]) ? `${name}（${m[1]}）` : name + m[0]);
    level = m[1] as '类' | '款' | '项';
    from = m.index + m[0].length;
  }
  if (path.length === 0) {
    if (phrase === '') return undefined;
    path.push(phrase);
    marked.push(`${phrase}（类）`);
  } else if (from < phrase.length) {
    return undefined;
  }
  const code = functionCode(marked, level, year);
  const subject: FactSubject = { kind: 'function', level, path };
  if (code !== undefined) subject.code = code;
  return subject;
}

// The catalog is fixed and 功能分类 names recur in every document (and several times in one), so
// lookups are remembered by their name path; the cache is bounded, being cleared when full.
const MAX_REMEMBERED = 4096;
const codes = new Map<string, string | undefined>();

function functionCode(
  marked: readonly string[],
  level: '类' | '款' | '项',
  year?: number,
): string | undefined {
  const key = `${year ?? ''}\u0000${level}\u0000${marked.join('\u0000')}`;
  if (codes.has(key)) return codes.get(key);
  const opts = year === undefined ? {} : { year };
  const entry =
    marked.length === 1
      ? single(findByName('function', marked[0] ?? '', { ...opts, level }))
      : resolvePath('function', marked, opts);
  if (codes.size >= MAX_REMEMBERED) codes.clear();
  codes.set(key, entry?.code);
  return entry?.code;
}

function single<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}
