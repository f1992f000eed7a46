// Breakdowns the 情况说明 states in one place: a whole and the parts that make it up exactly.
// 支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; "三公" = 出国 + 车辆 + 接待 (车辆 =
// 购置 + 运行); 上年结转结余 = 财政拨款 + 非财政拨款. Revenue sources are left out: a section may
// list only the main ones ("其中：").
import type { Disclosure } from '../../../../model/disclosure.js';
import type { NarrativeFact } from '../../../../model/narrative.js';
import type { CheckContext } from '../../../context.js';
import { sectionLabel } from './where.js';

export interface Breakdown {
  readonly name: string;
  readonly whole: NarrativeFact;
  readonly parts: readonly NarrativeFact[];
}

/** The part a fact is in a breakdown ('whole' for the whole), or undefined when none. */
type Pick = (f: NarrativeFact) => string | undefined;
type Kind = NarrativeFact['subject']['kind'];

/**
 * Each breakdown's name, whether it is told apart by scope (支出 and 基本支出 are stated for all
 * funds and for 一般公共预算; "三公" and 上年结转结余 are not), the subject kinds that play a part
 * in it, and the part a fact plays in it.
 */
const ROLES: readonly [name: string, scoped: boolean, kinds: readonly Kind[], pick: Pick][] = [
  [
    'expenditure',
    true,
    ['total', 'expenditure'],
    (f) =>
      f.subject.kind === 'total' && f.subject.side !== 'revenue'
        ? 'whole'
        : f.subject.kind === 'expenditure'
          ? f.subject.type
          : undefined,
  ],
  [
    'basic',
    true,
    ['expenditure', 'economic-group'],
    (f) =>
      f.subject.kind === 'expenditure' && f.subject.type === 'basic'
        ? 'whole'
        : f.subject.kind === 'economic-group'
          ? f.subject.group
          : undefined,
  ],
  [
    'three-public',
    false,
    ['three-public'],
    (f) => (f.subject.kind === 'three-public' ? f.subject.item : undefined),
  ],
  [
    'carryover',
    false,
    ['carryover'],
    (f) =>
      f.subject.kind === 'carryover'
        ? f.subject.source === 'all'
          ? 'whole'
          : f.subject.source
        : undefined,
  ],
];

/** The breakdowns (indices into ROLES, in order) a fact of each subject kind may play a part in. */
const ROLES_OF_KIND = new Map<Kind, readonly number[]>();
ROLES.forEach(([, , kinds], b) => {
  for (const kind of kinds) ROLES_OF_KIND.set(kind, [...(ROLES_OF_KIND.get(kind) ?? []), b]);
});
const NO_ROLES: readonly number[] = [];

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

/** A fact in the role it plays in one section's breakdown. */
interface RoleEntry {
  /** Which breakdown of which section: an index into RoleTable.names. */
  readonly slot: number;
  readonly part: string;
  /** '' for breakdowns not told apart by scope. */
  readonly scope: string;
  readonly fact: NarrativeFact;
}

interface RoleTable {
  readonly entries: readonly RoleEntry[];
  /** The breakdown name of each slot. */
  readonly names: readonly string[];
}

/**
 * Every fact's roles, in fact order then breakdown order, each section's breakdowns numbered
 * (slots): made once per document, as both rules that use breakdowns read the same roles and
 * differ only in the facts they accept.
 */
function roleTable(d: Disclosure, ctx: CheckContext): RoleTable {
  return ctx.memo('narrative:breakdown-roles', () => {
    const entries: RoleEntry[] = [];
    const names: string[] = [];
    // Slots by section label, one per breakdown (-1 until used).
    const slotsOf = new Map<string, number[]>();
    for (const fact of d.narrative.facts) {
      let slots: number[] | undefined;
      // Only the breakdowns the fact's kind plays a part in: the others' picks give undefined.
      for (const b of ROLES_OF_KIND.get(fact.subject.kind) ?? NO_ROLES) {
        const [name, scoped, , pick] = ROLES[b]!;
        const part = pick(fact);
        if (part === undefined) continue;
        if (!slots) {
          const label = sectionLabel(fact);
          slots = slotsOf.get(label);
          if (!slots) slotsOf.set(label, (slots = ROLES.map(() => -1)));
        }
        if (slots[b] === -1) {
          slots[b] = names.length;
          names.push(name);
        }
        entries.push({ slot: slots[b]!, part, scope: scoped ? fact.scope : '', fact });
      }
    }
    return { entries, names };
  });
}

/**
 * The complete breakdowns of each section, using facts that `usable` accepts (the first such fact
 * of each role), in the order their first usable fact comes.
 */
export function breakdowns(
  d: Disclosure,
  ctx: CheckContext,
  usable: (f: NarrativeFact) => boolean,
): Breakdown[] {
  const { entries, names } = roleTable(d, ctx);
  // Per slot: the first usable fact of each part, by scope (scopes in the order they come).
  const bySlot: (Map<string, Map<string, NarrativeFact>> | undefined)[] = [];
  const order: number[] = [];
  for (const { slot, scope, part, fact } of entries) {
    if (!usable(fact)) continue;
    let scopes = bySlot[slot];
    if (!scopes) {
      bySlot[slot] = scopes = new Map();
      order.push(slot);
    }
    let parts = scopes.get(scope);
    if (!parts) scopes.set(scope, (parts = new Map()));
    if (!parts.has(part)) parts.set(part, fact);
  }
  const out: Breakdown[] = [];
  for (const slot of order) {
    const name = names[slot]!;
    for (const parts of bySlot[slot]!.values()) {
      const whole = parts.get(WHOLE[name] ?? 'whole');
      if (!whole) continue;
      for (const option of PARTS[name] ?? []) {
        const found = option.map((p) => parts.get(p));
        if (found.every((p) => p !== undefined)) {
          out.push({ name, whole, parts: found as NarrativeFact[] });
          break;
        }
      }
    }
  }
  return out;
}
