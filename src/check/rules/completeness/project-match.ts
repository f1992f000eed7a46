// Which projects a document lists, and which 绩效目标表 or 项目情况说明 belongs to each. Names are
// printed with different endings in different parts (seed 004: 表七 关爱离退休人员项目经费, 绩效目标表
// 关爱离退休人员项目), so they are compared without a trailing 项目/经费/资金, and the budget unit or
// the amount decides between projects of one name (seed 000: three 驻外办事处业务工作经费).
import { matchKey } from '../../../ingest/index.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { toCents, type Amount } from '../../../model/money.js';
import type { SourceRef } from '../../../model/source-ref.js';

export interface ListedProject {
  readonly name: string;
  readonly unit?: string | undefined;
  readonly amount?: Amount | undefined;
  readonly at?: SourceRef | undefined;
}

export interface ProjectList {
  readonly named: readonly ListedProject[];
  /** Projects printed without a name (withheld projects print only their amounts). */
  readonly unnamed: number;
}

/** Endings a project's name is compared without (all of two letters). */
const ENDINGS = ['项目', '经费', '资金', '专项'];
// Shorter keys than this match only exactly: a two-character stem says too little.
const MIN_CONTAINED = 4;

export function projectKey(name: string): string {
  let key = matchKey(name);
  for (let i = 0; i < 3 && endsWithEnding(key) && key.length > 2; i++) key = key.slice(0, -2);
  return key;
}

function endsWithEnding(key: string): boolean {
  for (const ending of ENDINGS) if (key.endsWith(ending)) return true;
  return false;
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= MIN_CONTAINED && (a.includes(b) || b.includes(a));
}

/** A unit's key, undefined when no unit is printed. */
function unitKey(unit?: string): string | undefined {
  return unit ? matchKey(unit) : undefined;
}

function sameUnit(ka: string | undefined, kb: string | undefined): boolean {
  if (ka === undefined || kb === undefined) return false;
  return ka === kb || ka.includes(kb) || kb.includes(ka);
}

/** The projects of the 项目支出表, else those the 项目支出情况说明 describes. */
export function listedProjects(d: Disclosure): ProjectList | undefined {
  const t = d.tables.find((x) => x.kind === 'general-budget-project');
  const rows = t?.rows.filter((r) => r.kind === 'project') ?? [];
  if (rows.length > 0) {
    const named: ListedProject[] = [];
    let unnamed = 0;
    for (const r of rows) {
      if (!r.project) unnamed++;
      else named.push({ name: r.project, unit: r.unit, amount: r.values.total, at: r.at });
    }
    return { named, unnamed };
  }
  if (d.projects.length === 0) return undefined;
  // A 项目情况说明 under a bare heading (万里街道 2023: 项目经费情况说明) names no project.
  const named = d.projects.filter((p) => p.name.trim() !== '');
  return {
    named: named.map((p) => ({ name: p.name, unit: p.owner, amount: p.scale, at: p.at })),
    unnamed: d.projects.length - named.length,
  };
}

/** Projects withheld from publication (涉密 / 不予公开), as the document counts them. */
export function withheldProjects(d: Disclosure): number {
  return d.undisclosed.filter((u) => u.what === 'projects').reduce((n, u) => n + (u.count ?? 1), 0);
}

/** The keys projects are compared by: name (projectKey) and unit, per project. */
export interface ProjectKeys {
  readonly names: readonly string[];
  readonly units: readonly (string | undefined)[];
}

export function projectKeys(projects: readonly ListedProject[]): ProjectKeys {
  return {
    names: projects.map((p) => projectKey(p.name)),
    units: projects.map((p) => unitKey(p.unit)),
  };
}

/**
 * For each listed project, the index of the offer that describes it, or -1. Each offer serves one
 * project: first those agreeing in name and unit or amount, then those agreeing in name only.
 * `listedKeys`: the projects' keys when the caller has them already.
 */
export function assign(
  projects: readonly ListedProject[],
  offers: readonly ListedProject[],
  listedKeys: ProjectKeys = projectKeys(projects),
): number[] {
  // Keys made once per name and unit, not once per comparison.
  const { names: keys, units } = projectKeys(offers);
  const { names: listedNames, units: projectUnits } = listedKeys;
  const used: boolean[] = offers.map(() => false);
  const result = projects.map(() => -1);
  for (const strict of [true, false]) {
    // Offers before `start` are all used: each search for the first fitting offer starts there
    // (offers mostly come in the projects' order, so the used ones are a growing prefix).
    let start = 0;
    for (let i = 0; i < projects.length; i++) {
      if (result[i] !== -1) continue;
      while (start < offers.length && used[start]) start++;
      const key = listedNames[i]!;
      const p = projects[i]!;
      for (let k = start; k < offers.length; k++) {
        if (used[k] || !sameName(key, keys[k]!)) continue;
        if (
          strict &&
          !sameUnit(projectUnits[i], units[k]) &&
          !sameAmount(p.amount, offers[k]!.amount)
        )
          continue;
        used[k] = true;
        result[i] = k;
        break;
      }
    }
  }
  return result;
}

function sameAmount(a?: Amount, b?: Amount): boolean {
  return a !== undefined && b !== undefined && toCents(a) === toCents(b);
}
