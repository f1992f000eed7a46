// Whether two facts state the same money, so the same amount. The 收支总预算 of a scope
// is its 'total' subject (收入总计 = 支出总计; a 收入预算 that means 本年收入 is told apart where it
// matters); a 功能分类 line is told by its code, or by its printed names when the parse found none.
// Compared field by field rather than through a key string per fact: a key built for every fact
// of every document, hashed anew each time, cost more than the comparisons and the existing
// strings' lookups below.
import { normalizeNameKey } from '../../../../model/catalog/name-key.js';
import type { NarrativeFact } from '../../../../model/narrative.js';
import type { FunctionSubject } from './targets.js';

type Keyed = Pick<NarrativeFact, 'subject' | 'scope'>;

export function sameMoney(f: Keyed, g: Keyed): boolean {
  const a = f.subject;
  const b = g.subject;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'total':
      return f.scope === g.scope;
    case 'revenue':
      return a.source === (b as typeof a).source && f.scope === g.scope;
    case 'expenditure':
      return a.type === (b as typeof a).type && f.scope === g.scope;
    case 'function':
      return (
        a.level === (b as FunctionSubject).level &&
        f.scope === g.scope &&
        lineOf(a) === lineOf(b as FunctionSubject)
      );
    case 'economic-group':
      return a.group === (b as typeof a).group && f.scope === g.scope;
    case 'three-public':
      return a.item === (b as typeof a).item;
    case 'operating-costs':
      return true;
    case 'carryover':
      return a.source === (b as typeof a).source;
  }
}

/** What tells a 功能分类 line: its code, or its printed names as keys. */
function lineOf(s: FunctionSubject): string {
  return s.code ?? s.path.map(normalizeNameKey).join('/');
}

/**
 * A string equal for facts of the same money (not only for them): the field of the subject that
 * tells its moneys apart, a string the fact already holds (its hash is kept with it), so a map by
 * it narrows the candidates to a few.
 */
function handleOf(f: Keyed): string {
  const s = f.subject;
  switch (s.kind) {
    case 'revenue':
    case 'carryover':
      return s.source;
    case 'expenditure':
      return s.type;
    case 'function':
      return lineOf(s);
    case 'economic-group':
      return s.group;
    case 'three-public':
      return s.item;
    default:
      return s.kind;
  }
}

/** The first statement of each money, in a map by handleOf. */
export class FirstStatements {
  private readonly byHandle = new Map<string, NarrativeFact[]>();

  /** The first statement of f's money seen so far; when there is none, f becomes it. */
  firstOrAdd(f: NarrativeFact): NarrativeFact | undefined {
    const handle = handleOf(f);
    const list = this.byHandle.get(handle);
    if (!list) {
      this.byHandle.set(handle, [f]);
      return undefined;
    }
    for (const g of list) if (sameMoney(f, g)) return g;
    list.push(f);
    return undefined;
  }
}
