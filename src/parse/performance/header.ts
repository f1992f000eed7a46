// The lines of a 绩效目标表 above its column header: title, （2025年）, 预算单位, 项目名称, 项目负责人,
// the funds block and the goal. Labels and values wrap freely ("其中：财政拨\n款\n3,348.80",
// "项目资金（万元\n）"), and seed 004 prints 预算单位 and 项目名称 on one line, so the lines are
// joined and cut at known labels; a value is the text between its label and the next one.
import { matchKey } from '../../ingest/index.js';
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { parseAmount } from '../../model/money.js';
import type { PerformanceTarget } from '../../model/performance.js';
import { splitGoalColumns } from './goal-columns.js';

type Field =
  | 'unit'
  | 'project'
  | 'manager'
  | 'contactName'
  | 'phone'
  | 'total'
  | 'fiscal'
  | 'upper'
  | 'local'
  | 'other'
  | 'goal'
  | 'department'
  | 'nature'
  | 'category'
  | 'start'
  | 'end'
  | 'lifetimeTotal'
  | 'lifetimeFiscal'
  | 'carryover'
  | 'projectGoal'
  | 'none';

const LIFETIME_TOTAL = '项目资金总额';
// `none`: a label that heads a block or column and carries no value of its own (it must still
// end the value before it).
const LABELS: readonly (readonly [string, Field])[] = [
  ['部门名称（盖章）', 'unit'],
  ['部门名称', 'unit'],
  ['预算单位', 'unit'],
  ['单位名称', 'unit'],
  ['项目名称', 'project'],
  ['项目负责人', 'manager'],
  // 上海 财政项目支出绩效目标填报表 (万里街道 2023, pp.31–35): 实施单位 is the unit; 主管部门 stands in
  // for it when absent.
  ['实施单位', 'unit'],
  ['主管部门', 'department'],
  ['项目性质', 'nature'],
  ['项目类别', 'category'],
  ['计划开始日期', 'start'],
  ['计划完成日期', 'end'],
  // Its 项目资金 block has a lifetime column (项目资金总额, 其中：财政资金, 其他资金) and an annual
  // one (年度资金申请总额, 其中：当年财政拨款, 上年结转资金, 其他资金); `funds` are the annual ones.
  [LIFETIME_TOTAL, 'lifetimeTotal'],
  ['其中：财政资金', 'lifetimeFiscal'],
  ['年度资金申请总额', 'total'],
  ['其中：当年财政拨款', 'fiscal'],
  ['上年结转资金', 'carryover'],
  ['项目资金', 'none'],
  ['项目总目标', 'projectGoal'],
  ['部门联系人', 'contactName'],
  ['联系人', 'contactName'],
  ['联系电话', 'phone'],
  ['项目资金（万元）', 'none'],
  ['资金来源', 'none'],
  ['年度预算（万元）', 'none'],
  ['年度预算总额', 'total'],
  ['年度资金总额', 'total'],
  ['资金总额（万元）', 'total'],
  ['资金总额', 'total'],
  ['其中：财政拨款', 'fiscal'],
  ['财政拨款', 'fiscal'],
  ['财政资金（万元）', 'fiscal'],
  ['财政资金', 'fiscal'],
  ['上级安排', 'upper'],
  ['本级安排', 'local'],
  ['其他资金（万元）', 'other'],
  ['其他资金', 'other'],
  ['其他', 'other'],
  ['项目总体目标', 'goal'],
  ['年度绩效目标', 'goal'],
  ['年度总体目标', 'goal'],
  ['总体目标', 'goal'],
];
const BY_LENGTH = [...LABELS].sort((a, b) => b[0].length - a[0].length);
/** BY_LENGTH's labels by their first letter's code: labels are looked for only there. */
const BY_FIRST = new Map<number, (readonly [string, Field])[]>();
for (const entry of BY_LENGTH) {
  const first = entry[0].charCodeAt(0);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), entry]);
}
/** 1 at the code of a letter some label starts with: a quick no for most letters. */
const LABEL_FIRST = new Uint8Array(0x10000);
for (const first of BY_FIRST.keys()) LABEL_FIRST[first] = 1;
const YEAR = /^[（(](\d{4})年度?[)）]$/;
const YEAR_START = /^\s*[（(]/;
// Short labels that also occur inside a goal's sentences: they never end a goal.
const WEAK_LABELS = new Set(['其他', '财政拨款', '财政资金', '联系人']);
// The funds block's unit, as a cell of its own ("（元）", 万里街道 2023 p.32) or in its label
// ("项目资金（元）", p.31); removed from the line so that it is read as no value.
const IN_YUAN = /(?:^|\s)(项目资金)?[（(]元[)）](?=\s|$)/g;
/** Can IN_YUAN match this text (a bracket right before 元)? */
const mayHoldYuanCell = (text: string) => text.includes('（元') || text.includes('(元');
type MoneyField = 'total' | 'fiscal' | 'upper' | 'local' | 'other' | 'carryover';
const MONEY_FIELDS = new Set<Field>(['total', 'fiscal', 'upper', 'local', 'other', 'carryover']);
const LIFETIME_FIELDS: Partial<Record<Field, 'total' | 'fiscal' | 'other'>> = {
  lifetimeTotal: 'total',
  lifetimeFiscal: 'fiscal',
};

export type Header = Pick<
  PerformanceTarget,
  | 'kind'
  | 'year'
  | 'unit'
  | 'department'
  | 'project'
  | 'manager'
  | 'nature'
  | 'category'
  | 'period'
  | 'contact'
  | 'funds'
  | 'lifetimeFunds'
  | 'goal'
  | 'projectGoal'
>;

/** Each letter's matchKey (whitespace kept as it is), filled as letters turn up; 0: not yet. */
const FOLDED_LETTERS = new Uint16Array(0x10000);

function foldedLetter(c: number): number {
  let folded = FOLDED_LETTERS[c] as number;
  if (folded === 0) {
    // (matchKey folds a letter to one letter, or drops it only when it is whitespace.)
    folded = isWhitespaceCode(c) ? c : matchKey(String.fromCharCode(c)).charCodeAt(0);
    FOLDED_LETTERS[c] = folded;
  }
  return folded;
}

interface Hit {
  field: Field;
  label: string;
  start: number;
  end: number;
}

/**
 * Labels in `text`, each starting a line or after a space (never inside a name), compared as
 * matchKey without removing spaces (each letter folded on its own, so indexes stay aligned):
 * no letter a label starts with folds, nor any CJK letter, so only a label's later letters are
 * compared folded.
 */
function findLabels(text: string, lineStarts: ReadonlySet<number>): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const candidates = LABEL_FIRST[code] === 1 ? BY_FIRST.get(code) : undefined;
    const boundary =
      candidates !== undefined &&
      (lineStarts.has(i) || i === 0 || isWhitespaceCode(text.charCodeAt(i - 1)));
    const hit = boundary ? labelAt(text, i, candidates) : undefined;
    // A weak label inside a line that runs on into more words is part of a value ("其他运转类",
    // a 项目类别 of 万里街道 2023 p.35).
    if (
      hit &&
      WEAK_LABELS.has(hit[0]) &&
      !lineStarts.has(i) &&
      /[\u4e00-\u9fff]/.test(text[i + hit[0].length] ?? '')
    ) {
      i++;
      continue;
    }
    if (hit) {
      hits.push({ field: hit[1], label: hit[0], start: i, end: i + hit[0].length });
      i += hit[0].length;
    } else i++;
  }
  return hits;
}

/** The first of `candidates` that `text` holds at i, folded. (Loops: no closure per position.) */
function labelAt(
  text: string,
  i: number,
  candidates: readonly (readonly [string, Field])[],
): readonly [string, Field] | undefined {
  for (const candidate of candidates) if (holdsFolded(text, i, candidate[0])) return candidate;
  return undefined;
}

function holdsFolded(text: string, i: number, label: string): boolean {
  if (i + label.length > text.length) return false;
  for (let k = 0; k < label.length; k++)
    if (foldedLetter(text.charCodeAt(i + k)) !== label.charCodeAt(k)) return false;
  return true;
}

/** Something in the header that could not be read: what, and the line it is on. */
export interface HeaderProblem {
  message: string;
  line: LayoutLine | undefined;
}

export function parseHeader(
  kind: PerformanceTarget['kind'],
  lines: readonly LayoutLine[],
  problems: HeaderProblem[],
): Header {
  const header: Header = { kind, funds: {}, goal: '' };
  const goals = splitGoalColumns(lines);
  const labelled = goals ? lines.slice(0, goals.heading) : lines;
  const extra: Extra = {};
  let text = '';
  const lineStarts = new Set<number>();
  const lineAt: { offset: number; line: LayoutLine }[] = [];
  for (const line of labelled) {
    // (A line whose key starts with a bracket starts with one, before any spaces.)
    const year = YEAR_START.test(line.text) ? YEAR.exec(matchKey(line.text)) : null;
    if (year) {
      header.year = Number(year[1]);
      continue;
    }
    // (IN_YUAN needs a bracket before 元, which most lines lack (万元): the replace, with its
    // callback, only runs on those that have one.)
    const own = mayHoldYuanCell(line.text)
      ? line.text.replace(IN_YUAN, (_, label: string | undefined) => {
          extra.yuan = true;
          return label ? ` ${label} ` : ' ';
        })
      : line.text;
    const trimmed = own.trim();
    if (trimmed === '') continue;
    lineStarts.add(text.length);
    lineAt.push({ offset: text.length, line });
    text += trimmed;
  }
  const hits = goalAware(findLabels(text, lineStarts), lineStarts);
  const lineOf = (offset: number) => {
    let found = lines[0];
    for (const l of lineAt) if (l.offset <= offset) found = l.line;
    return found;
  };
  const seen = new Map<Field, string>();
  const twoColumns = hits.some((h) => h.label === LIFETIME_TOTAL);
  hits.forEach((hit, n) => {
    const value = text
      .slice(hit.end, hits[n + 1]?.start ?? text.length)
      .replace(/^[：:\s]+/, '')
      .trim();
    if (hit.field === 'none' || value === '') return;
    const earlier = seen.get(hit.field);
    // With a lifetime and an annual column (上海: 项目资金总额 | 年度资金申请总额), a label printed in
    // both (其他资金) is read left to right: the annual value comes last.
    if (earlier !== undefined && twoColumns && hit.field === 'other') {
      seen.delete(hit.field);
      const lifetime = header.funds.other;
      if (lifetime !== undefined)
        header.lifetimeFunds = { ...header.lifetimeFunds, other: lifetime };
    } else if (earlier !== undefined && earlier !== value) {
      problems.push({
        message: `${hit.label} read twice ("${earlier}", "${value}"); kept the first`,
        line: lineOf(hit.start),
      });
      return;
    }
    seen.set(hit.field, value);
    setField(header, extra, hit.field, value, () =>
      problems.push({
        message: `${hit.label} "${value}" is not an amount`,
        line: lineOf(hit.start),
      }),
    );
  });
  if (header.unit === undefined && header.department !== undefined) header.unit = header.department;
  if (goals?.right) header.goal = goals.right;
  if (goals?.left) header.projectGoal = goals.left;
  // Absent, the funds are in 万元 (the schema's default): only 元 is written out.
  if (extra.yuan) header.funds.unit = '元';
  return header;
}

/** Inside a goal's text only a strong label (资金来源, 项目名称…) at a line start ends it. */
function goalAware(hits: Hit[], lineStarts: ReadonlySet<number>): Hit[] {
  const out: Hit[] = [];
  for (let n = 0; n < hits.length; n++) {
    const hit = hits[n] as Hit;
    out.push(hit);
    if (hit.field !== 'goal') continue;
    let m = n + 1;
    while (m < hits.length) {
      const next = hits[m] as Hit;
      if (lineStarts.has(next.start) && !WEAK_LABELS.has(next.label) && next.field !== 'goal')
        break;
      m++;
    }
    n = m - 1;
  }
  return out;
}

/** What the header says that is not a field of its own. */
interface Extra {
  /** The funds block is headed 项目资金（元）. */
  yuan?: boolean;
}

function setField(
  header: Header,
  extra: Extra,
  field: Field,
  value: string,
  notAmount: () => void,
): void {
  const lifetime = LIFETIME_FIELDS[field];
  if (MONEY_FIELDS.has(field) || lifetime) {
    const amount = parseAmount(value.replace(/\s+/g, ''));
    if (amount === undefined) return notAmount();
    if (lifetime) header.lifetimeFunds = { ...header.lifetimeFunds, [lifetime]: amount };
    else header.funds[field as MoneyField] = amount;
    return;
  }
  if (field === 'unit') header.unit = value;
  else if (field === 'department') header.department = value;
  else if (field === 'nature') header.nature = value;
  else if (field === 'category') header.category = value;
  else if (field === 'start') header.period = { ...header.period, start: value };
  else if (field === 'end') header.period = { ...header.period, end: value };
  else if (field === 'projectGoal') header.projectGoal = value;
  else if (field === 'project') header.project = value;
  else if (field === 'manager') header.manager = value;
  else if (field === 'goal') header.goal = value;
  else if (field === 'contactName') header.contact = { ...header.contact, name: value };
  else if (field === 'phone') header.contact = { ...header.contact, phone: value };
}
