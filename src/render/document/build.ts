// Disclosure → DocLayout: the official order of a 部门预算/决算 disclosure. Title page, 目录,
// 第一部分 概况, 第二部分 公开表 (one table per page), 第三部分 情况说明 (the section texts the
// model holds, never invented), 绩效目标表, 第四部分 名词解释 and the signature.
import type { Disclosure } from '../../model/disclosure.js';
import type { NarrativeSection } from '../../model/narrative.js';
import type { PerformanceTarget } from '../../model/performance.js';
import { buildTable } from './build-table.js';
import type { DocBlock, DocLayout, DocTable } from './layout.js';
import { chineseNumeral } from './numerals.js';

function yearText(d: Disclosure): string {
  return d.identity.year ? `${d.identity.year}年` : '';
}

/** "部门预算" / "单位决算". */
function docKind(d: Disclosure): string {
  return `${d.identity.scope}${d.identity.kind}`;
}

const para = (text: string, align?: 'right' | 'center'): DocBlock => ({
  kind: 'paragraph',
  text,
  ...(align ? { align } : {}),
});
const heading = (level: 0 | 1 | 2 | 3, text: string): DocBlock => ({
  kind: 'heading',
  level,
  text,
});
const PAGE_BREAK: DocBlock = { kind: 'page-break' };

// List items run together once lines are joined ("…本级2、新疆…"): each starts a paragraph again.
const LIST_ITEM = /(?<=[^\d\s])(?=\d{1,2}、)/g;
// The fields of a project's description each start a line in the template (seed 000 七（一）).
const PROJECT_FIELD =
  /(?=(?:设立的政策依据|预算安排规模|项目承担单位|资金分配情况|资金执行时间)[：:])/g;

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(LIST_ITEM))
    .flatMap((p) => p.split(PROJECT_FIELD))
    .map((p) => p.trim())
    .filter(Boolean);
}

function overviewBlocks(d: Disclosure): DocBlock[] {
  const o = d.overview;
  const out: DocBlock[] = [heading(1, `第一部分 ${yearText(d)}${docKind(d).slice(0, 2)}概况`)];
  out.push(heading(2, '一、主要职能'));
  o.functions.forEach((f, i) => out.push(para(`（${chineseNumeral(i + 1)}）${f}`)));
  out.push(heading(2, '二、机构设置及人员情况'));
  if (o.text) for (const p of paragraphs(o.text)) out.push(para(p));
  else out.push(...overviewFromFacts(d));
  return out;
}

function change(n: number | undefined): string {
  if (n === undefined) return '';
  return n < 0 ? `，减少${-n}人` : `，增加${n}人`;
}

/**
 * 机构设置及人员情况 of a model that holds the facts but not the text (a composed disclosure): the
 * template's sentences (seed 000's wording) stating exactly those facts, nothing more.
 */
function overviewFromFacts(d: Disclosure): DocBlock[] {
  const o = d.overview;
  const dept = d.identity.department ?? '本部门';
  const out: DocBlock[] = [];
  const sub = o.budgetUnits.subordinateCount;
  if (sub !== undefined)
    out.push(
      para(
        sub === 0
          ? `${dept}无下属预算单位。`
          : `从预算单位构成看，${dept}的预算包括：${dept}本级预算及下属${sub}家预算单位在内的汇总预算。`,
      ),
    );
  const internal = o.internalUnits;
  if (internal.names.length)
    out.push(
      para(
        `${dept}本级下设${internal.count ?? internal.names.length}个处室，分别是：${internal.names.join('、')}。`,
      ),
    );
  if (o.budgetUnits.names.length) {
    const kinds = [
      o.budgetUnits.administrative !== undefined ? `行政单位${o.budgetUnits.administrative}家` : '',
      o.budgetUnits.institutional !== undefined ? `事业单位${o.budgetUnits.institutional}家` : '',
    ].filter(Boolean);
    const lead = kinds.length ? `本部门中，${kinds.join('，')}，` : '';
    out.push(para(`${lead}纳入${dept}${yearText(d)}${docKind(d)}编制范围的下属预算单位包括：`));
    o.budgetUnits.names.forEach((n, i) => out.push(para(`${i + 1}、${n}`)));
  }
  const st = o.staffing;
  const heads = [
    st.active ? `在职${st.active.count}人${change(st.active.change)}` : '',
    st.retired ? `退休${st.retired.count}人${change(st.retired.change)}` : '',
    st.separated ? `离休${st.separated.count}人${change(st.separated.change)}` : '',
  ].filter(Boolean);
  const counts = [
    st.authorized !== undefined ? `编制数${st.authorized}` : '',
    st.actual !== undefined ? `实有人数${st.actual}人` : '',
  ].filter(Boolean);
  if (counts.length || heads.length)
    out.push(
      para(`${dept}${counts.join('，')}${heads.length ? `，其中：${heads.join('；')}` : ''}。`),
    );
  return out;
}

function sectionHeading(s: NarrativeSection): DocBlock {
  if (!s.parent) return heading(2, `${s.number}、${s.title}`);
  const number = /^\d+$/.test(s.number) ? `${s.number}.` : s.number;
  return heading(3, `${number}${s.title}`);
}

function narrativeBlocks(d: Disclosure): DocBlock[] {
  const out: DocBlock[] = [];
  if (d.narrative.sections.length) {
    for (const s of d.narrative.sections) {
      out.push(sectionHeading(s));
      for (const p of paragraphs(s.text)) out.push(para(p));
    }
    return out;
  }
  // A model with facts but no section texts: print the sentences the facts hold, nothing more.
  const seen = new Set<string>();
  for (const f of d.narrative.facts) {
    if (seen.has(f.text)) continue;
    seen.add(f.text);
    out.push(para(f.text));
  }
  return out;
}

function money(v: number | undefined): string {
  return v === undefined ? '' : v.toFixed(2);
}

/** A 绩效目标表 as a table of indicators, with its heading lines as paragraphs before it. */
function performanceBlocks(p: PerformanceTarget): DocBlock[] {
  const title = p.kind === 'department' ? '部门整体绩效目标表' : '项目支出绩效目标表';
  const out: DocBlock[] = [PAGE_BREAK, heading(2, p.year ? `${title}（${p.year}年度）` : title)];
  if (p.department && p.department !== p.unit) out.push(para(`主管部门：${p.department}`));
  if (p.unit) out.push(para(`单位名称：${p.unit}`));
  if (p.project) out.push(para(`项目名称：${p.project}`));
  if (p.manager) out.push(para(`项目负责人：${p.manager}`));
  // One paragraph of "label：value" fields, those printed only.
  const fields = (items: [string, string | undefined][]) => {
    const printed = items.filter((f): f is [string, string] => f[1] !== undefined);
    if (printed.length) out.push(para(printed.map(([k, v]) => `${k}：${v}`).join('；')));
  };
  fields([
    ['联系人', p.contact?.name],
    ['联系电话', p.contact?.phone],
  ]);
  fields([
    ['项目性质', p.nature],
    ['项目类别', p.category],
    ['计划开始日期', p.period?.start],
    ['计划完成日期', p.period?.end],
  ]);
  const unit = p.funds.unit ?? '万元';
  const fundsLine = (label: string, items: [string, number | undefined][]) => {
    const printed = items.filter((f): f is [string, number] => f[1] !== undefined);
    if (printed.length)
      out.push(
        para(`${label}（${unit}）：${printed.map(([k, v]) => `${k} ${money(v)}`).join('；')}`),
      );
  };
  if (p.lifetimeFunds)
    fundsLine('项目资金', [
      ['项目资金总额', p.lifetimeFunds.total],
      ['财政资金', p.lifetimeFunds.fiscal],
      ['其他资金', p.lifetimeFunds.other],
    ]);
  fundsLine(p.lifetimeFunds ? '年度资金' : '资金', [
    ['资金总额', p.funds.total],
    ['财政拨款', p.funds.fiscal],
    ['上级安排', p.funds.upper],
    ['本级安排', p.funds.local],
    ['上年结转资金', p.funds.carryover],
    ['其他资金', p.funds.other],
  ]);
  if (p.projectGoal) out.push(para(`项目总目标：${p.projectGoal}`));
  out.push(para(`年度绩效目标：${p.goal}`));
  const labels = ['一级指标', '二级指标', '三级指标', '指标值', '设定依据', '权重'];
  const table: DocTable = {
    title: '',
    unit: '',
    performance: true,
    columns: labels.map((_, i) => ({ role: 'name', weight: i === 2 ? 6 : i === 4 ? 5 : 2 })),
    header: labels.map((text, col) => ({ text, row: 0, col, rowSpan: 1, colSpan: 1 })),
    headerRows: 1,
    numbering: [],
    body: p.indicators.map((ind) => ({
      kind: 'item',
      indent: 0,
      cells: [
        ind.level1,
        ind.level2,
        ind.name,
        ind.value.text,
        ind.basis ?? '',
        String(ind.weight ?? ''),
      ].map((text) => (text ? { text } : null)),
    })),
    notes: [],
    wide: false,
  };
  out.push({ kind: 'table', table });
  return out;
}

export function buildDocument(d: Disclosure): DocLayout {
  const dept = d.identity.department ?? '';
  const kind = docKind(d);
  const title = dept;
  const subtitle = `${yearText(d)}${kind}公开`;
  const parts = [
    `第一部分 ${kind.slice(0, 2)}概况`,
    `第二部分 ${yearText(d)}${kind}公开表`,
    `第三部分 ${yearText(d)}${kind}情况说明`,
    '第四部分 名词解释',
  ];
  // The 目录 names the parts by number and title only: a line starting "第二部分" would be taken
  // for the part itself when the document is read back.
  const contents = parts.map((p, i) => `${chineseNumeral(i + 1)}、${p.replace(/^第.部分 /, '')}`);
  const blocks: DocBlock[] = [
    heading(0, title),
    para(subtitle, 'center'),
    PAGE_BREAK,
    heading(2, '目录'),
    ...contents.map((c) => para(c)),
    PAGE_BREAK,
    ...overviewBlocks(d),
    PAGE_BREAK,
    heading(1, parts[1]!),
  ];
  for (const t of d.tables)
    blocks.push(PAGE_BREAK, { kind: 'table', table: buildTable(t, d.profile) });
  blocks.push(PAGE_BREAK, heading(1, parts[2]!), ...narrativeBlocks(d));
  for (const p of d.performance) blocks.push(...performanceBlocks(p));
  if (d.glossary.length) {
    blocks.push(PAGE_BREAK, heading(1, parts[3]!));
    d.glossary.forEach((g, i) =>
      blocks.push(para(`${chineseNumeral(i + 1)}、${g.term}：${g.definition}`)),
    );
  }
  if (d.identity.signedBy || d.identity.signedDate) {
    if (d.identity.signedBy) blocks.push(para(d.identity.signedBy, 'right'));
    if (d.identity.signedDate) blocks.push(para(dateText(d.identity.signedDate), 'right'));
  }
  return { title, subtitle, contents, blocks };
}

/** 2025-02-18 → 2025年2月18日. */
function dateText(iso: string): string {
  const [y, m, day] = iso.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}
