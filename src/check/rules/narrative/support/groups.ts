// Breakdowns the 情况说明 states in one place: a whole and the parts that make it up exactly.
// 支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; "三公" = 出国 + 车辆 + 接待 (车辆 =
// 购置 + 运行); 上年结转结余 = 财政拨款 + 非财政拨款. Revenue sources are left out: a section may
// list only the main ones ("其中：").
import type { NarrativeFact } from '../../../../model/narrative.js';
import { sectionLabel } from './where.js';

export interface Breakdown {
  readonly name: string;
  readonly whole: NarrativeFact;
  readonly parts: readonly NarrativeFact[];
}

type Pick = (f: NarrativeFact) => string | undefined;

/** The role a fact plays in a breakdown: 'whole' or a part's name, by breakdown name. */
const ROLES: readonly [name: string, pick: Pick][] = [
  [
    'expenditure',
    (f) =>
      f.subject.kind === 'total' && f.subject.side !== 'revenue'
        ? `whole|${f.scope}`
        : f.subject.kind === 'expenditure'
          ? `${f.subject.type}|${f.scope}`
          : undefined,
  ],
  [
    'basic',
    (f) =>
      f.subject.kind === 'expenditure' && f.subject.type === 'basic'
        ? `whole|${f.scope}`
        : f.subject.kind === 'economic-group'
          ? `${f.subject.group}|${f.scope}`
          : undefined,
  ],
  ['three-public', (f) => (f.subject.kind === 'three-public' ? f.subject.item : undefined)],
  [
    'carryover',
    (f) =>
      f.subject.kind === 'carryover'
        ? f.subject.source === 'all'
          ? 'whole'
          : f.subject.source
        : undefined,
  ],
];

/** Which parts make up the whole, by breakdown: alternatives, the first complete one wins. */
const PARTS: Record<string, readonly (readonly string[])[]> = {
  expenditure: [['basic', 'project']],
  basic: [['personnel', 'public-use']],
  'three-public': [
    ['outbound', 'vehicle-purchase', 'vehicle-operation', 'reception'],
    ['outbound', 'vehicle', 'reception'],
  ],
  carryover: [['fiscal', 'nonfiscal']],
};
const WHOLE: Record<string, string> = { 'three-public': 'total' };

/**
 * The complete breakdowns of one section, using facts that `usable` accepts (the first such fact
 * of each role).
 */
export function breakdowns(
  facts: readonly NarrativeFact[],
  usable: (f: NarrativeFact) => boolean,
): Breakdown[] {
  const bySection = new Map<string, Map<string, NarrativeFact>>();
  for (const f of facts) {
    if (!usable(f)) continue;
    let label: string | undefined;
    for (const [name, pick] of ROLES) {
      const role = pick(f);
      if (role === undefined) continue;
      const key = `${(label ??= sectionLabel(f))}|${name}`;
      let roles = bySection.get(key);
      if (!roles) bySection.set(key, (roles = new Map()));
      if (!roles.has(role)) roles.set(role, f);
    }
  }
  const out: Breakdown[] = [];
  for (const [key, roles] of bySection) {
    const name = key.slice(key.lastIndexOf('|') + 1);
    const scopes = name === 'expenditure' || name === 'basic' ? scopesIn(roles) : [''];
    for (const scope of scopes) {
      const suffix = scope ? `|${scope}` : '';
      const whole = roles.get(`${WHOLE[name] ?? 'whole'}${suffix}`);
      if (!whole) continue;
      for (const option of PARTS[name] ?? []) {
        const parts = option.map((p) => roles.get(`${p}${suffix}`));
        if (parts.every((p) => p !== undefined)) {
          out.push({ name, whole, parts: parts as NarrativeFact[] });
          break;
        }
      }
    }
  }
  return out;
}

function scopesIn(roles: ReadonlyMap<string, NarrativeFact>): string[] {
  const scopes = new Set<string>();
  for (const role of roles.keys()) {
    const bar = role.indexOf('|');
    if (bar >= 0) scopes.add(role.slice(bar + 1));
  }
  return [...scopes];
}
