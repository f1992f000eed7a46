// 其他重要事项的情况说明 (十二、 in seed 000, 十、 in seed 004): 机关运行经费, 政府采购, 国有资产,
// 预算绩效情况, and every statement that something is withheld (不予公开), wherever it stands.
import type { LayoutLine } from '../../model/layout.js';
import type { AmountUnit } from '../../model/money.js';
import type {
  Assets,
  OperatingCosts,
  PerformanceOverview,
  Procurement,
} from '../../model/other-matters.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { Undisclosed } from '../../model/project.js';
import { compact, joinLines, joinWithOffsets, sourceRef, splitSentences } from '../text/prose.js';
import { parseAssets } from './matters-assets.js';
import { amountAfter, firstAmount, readChange, readReason } from './matters-figures.js';
import {
  findSection,
  findSections,
  findSubsection,
  type SectionLines,
  sectionSpan,
} from './matters-sections.js';
import { undisclosedIn } from './matters-undisclosed.js';
import type { ProjectsContext } from './projects.js';

export interface MattersContext extends ProjectsContext {
  /** With `sections`: the lines in none of them (parseNarrative's `outsideLines`). */
  outside?: readonly LayoutLine[];
}

export interface OtherMattersResult {
  operatingCosts?: OperatingCosts;
  procurement?: Procurement;
  assets?: Assets;
  performanceOverview?: PerformanceOverview;
  undisclosed: Undisclosed[];
  warnings: ParseWarning[];
}

interface Block {
  text: string;
  at?: LayoutLine;
}

const PARENT = /其他重要事项|其他需(?:要)?说明的事项|其他事项/;
const PARTS = {
  operatingCosts: { title: /运行经费/, anchor: /机关运行经费/, name: '机关运行经费' },
  procurement: { title: /政府采购/, anchor: /政府采购预算/, name: '政府采购' },
  assets: { title: /国有资产/, anchor: /国有资产|平方米|大型设备/, name: '国有资产占用使用情况' },
  performance: { title: /绩效/, anchor: /绩效目标\d|项目共?\d+个/, name: '预算绩效情况' },
} as const;

export function parseOtherMatters(
  lines: readonly LayoutLine[],
  ctx: MattersContext = {},
): OtherMattersResult {
  const unit = ctx.unit ?? '万元';
  const warnings: ParseWarning[] = [];
  const sections = ctx.sections ?? findSections(lines);
  const parent = findSection(sections, PARENT);
  let sentences: string[] | undefined; // of the text searched for parts without a heading
  const block = (part: (typeof PARTS)[keyof typeof PARTS]): Block | undefined => {
    // Without a 其他重要事项 section each matter may be a section of its own (上海 三、政府采购…).
    const sub =
      findSubsection(sections, parent, part.title) ??
      (parent ? undefined : findSection(sections, part.title));
    if (sub) return { text: sub.joined.text, at: sub.heading[0] };
    // No heading: the sentences that carry the part's figures, wherever they stand.
    sentences ??= splitSentences(
      compact(joinLines(parent ? sectionSpan(sections, parent) : lines)),
    );
    const text = sentences.filter((s) => part.anchor.test(s)).join('');
    warnings.push({
      code: 'section-missing',
      message: text
        ? `其他重要事项: no ${part.name} heading; read from the sentences that mention it`
        : `其他重要事项: no ${part.name} found`,
      at: sourceRef(parent?.heading[0] ?? lines[0]),
    });
    return text ? { text, at: parent?.heading[0] ?? lines[0] } : undefined;
  };

  const costs = block(PARTS.operatingCosts);
  const buying = block(PARTS.procurement);
  const assets = block(PARTS.assets);
  const performance = block(PARTS.performance);
  return {
    ...(costs ? { operatingCosts: operatingCosts(costs, unit) } : {}),
    ...(buying ? { procurement: procurement(buying, unit) } : {}),
    ...(assets
      ? {
          assets: {
            ...parseAssets(assets.text, unitOf(compact(assets.text), unit)),
            ...common(assets),
          },
        }
      : {}),
    ...(performance ? { performanceOverview: performanceOverview(performance, unit) } : {}),
    undisclosed: undisclosed(
      ctx.sections && ctx.outside ? ctx.outside : outsideOf(lines, sections),
      sections,
      unit,
    ),
    warnings,
  };
}

/** The entries of `o` that hold a value. */
function present<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function common(b: Block): { text: string; at?: { line?: number; page?: number } } {
  const at = sourceRef(b.at);
  return { text: b.text, ...(at ? { at } : {}) };
}

/** The unit of the first amount in the compacted text `c`, else the context's. */
function unitOf(c: string, fallback: AmountUnit): AmountUnit {
  return firstAmount(c)?.unit ?? fallback;
}

function operatingCosts(b: Block, fallback: AmountUnit): OperatingCosts {
  const c = compact(b.text);
  const unit = unitOf(c.slice(Math.max(0, c.indexOf('运行经费'))), fallback);
  const label = /(?:机关|单位)运行经费/;
  const amount = amountAfter(c, label, unit);
  const from = Math.max(0, label.exec(c)?.index ?? 0);
  const change = readChange(c.slice(from), unit);
  const reason = readReason(b.text);
  return {
    ...(amount === undefined ? {} : { amount }),
    unit,
    ...(change ? { change } : {}),
    ...(reason ? { reason } : {}),
    ...common(b),
  };
}

function procurement(b: Block, fallback: AmountUnit): Procurement {
  const c = compact(b.text);
  const unit = unitOf(c, fallback);
  const get = (re: RegExp) => amountAfter(c, re, unit);
  const fields = {
    total: get(/政府采购预算(?:总额|合计|共计)?(?:为)?/),
    goods: get(/货物(?:类)?(?:采购)?预算(?:为)?/),
    works: get(/工程(?:类)?(?:采购)?预算(?:为)?/),
    services: get(/服务(?:类)?(?:采购)?预算(?:为)?/),
    smeReserved: get(/中小企业预留[^。；]{0,20}?金额(?:为)?/),
    smallMicroReserved: get(/小微企业预留[^。；]{0,20}?金额(?:为)?/),
  };
  return { unit, ...present(fields), ...common(b) };
}

function performanceOverview(b: Block, fallback: AmountUnit): PerformanceOverview {
  const c = compact(b.text);
  const unit = unitOf(c, fallback);
  const int = (re: RegExp) => {
    const m = re.exec(c);
    return m ? { value: Number(m[1]) } : undefined;
  };
  const targets = int(/整体(?:预算)?绩效目标(\d+)个/);
  const projects = int(/项目(?:共)?(\d+)个/);
  const fields = {
    departmentTargets: targets?.value,
    departmentAmount: amountAfter(c, SPENT.department, unit),
    projectCount: projects?.value,
    projectAmount: amountAfter(c, SPENT.projects, unit),
    fiscalProjectAmount: amountAfter(c, SPENT.fiscalProjects, unit),
    nonFiscalProjectAmount: amountAfter(c, SPENT.nonFiscalProjects, unit),
  };
  return { unit, ...present(fields), ...common(b) };
}

// The labels of the amounts 预算绩效情况 states ("…绩效目标 12个，涉及预算金额 …"): made once, not
// per document.
const SPENT_SOURCE = /[，,]?涉及(?:预算)?(?:金额|资金)(?:为)?/.source;
const SPENT = {
  department: new RegExp(`整体(?:预算)?绩效目标\\d+个${SPENT_SOURCE}`),
  projects: new RegExp(`项目(?:共)?\\d+个${SPENT_SOURCE}`),
  fiscalProjects: new RegExp(`(?<!非)财政拨款项目${SPENT_SOURCE}`),
  nonFiscalProjects: new RegExp(`非财政拨款项目${SPENT_SOURCE}`),
};

/** The lines in no section's heading or body. */
function outsideOf(
  lines: readonly LayoutLine[],
  sections: readonly SectionLines[],
): readonly LayoutLine[] {
  const covered = new Set<LayoutLine>();
  for (const s of sections) {
    for (const l of s.heading) covered.add(l);
    for (const l of s.lines) covered.add(l);
  }
  return lines.filter((l) => !covered.has(l));
}

/**
 * Withheld items in every part of the 情况说明: each section's body read on its own, with its
 * title (and its parent's) as the context that tells a 结转结余 part; lines outside every section
 * (`outside`) are read too.
 */
function undisclosed(
  outside: readonly LayoutLine[],
  sections: readonly SectionLines[],
  unit: AmountUnit,
): Undisclosed[] {
  const titles = new Map<string, string>();
  for (const s of sections) if (s.parent === undefined) titles.set(s.number, s.title);
  // Each section's text as the narrative joined it (not joined again here).
  const found = outside.length ? undisclosedIn(joinWithOffsets(outside), unit) : [];
  for (const s of sections) {
    if (s.lines.length === 0) continue;
    const before = `${s.parent === undefined ? '' : (titles.get(s.parent) ?? '')}${s.title}`;
    found.push(...undisclosedIn(s.joined, unit, before));
  }
  return found.sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0));
}
