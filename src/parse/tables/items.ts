// Labelled rows of a fixed list (收入 items, 三公 items), matched by label. The same label can
// stand for two items ("一般公共预算拨款" under 本年收入 and under 财政拨款结转); the item whose
// parent was matched most recently wins, as a reader takes "其中：…" to refer to the line above.
import { matchKey } from '../../ingest/normalize.js';
import type { ItemDef } from '../../model/specs/index.js';

const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|其中[：:])+/;

const QUOTES = /[“”"‘’]/g;

export function itemKey(label: string): string {
  return matchKey(label).replace(QUOTES, '').replace(NUMBERING, '');
}

export class ItemMatcher {
  private chain: string[] = [];
  private readonly byKey: ReadonlyMap<string, readonly ItemDef[]>;
  private readonly byId: ReadonlyMap<string, ItemDef>;

  constructor(items: readonly ItemDef[]) {
    this.byKey = itemsByKey(items);
    this.byId = itemsById(items);
  }

  /** The item a printed label stands for, given the items matched before it. */
  match(label: string): ItemDef | undefined {
    const found = this.byKey.get(itemKey(label));
    if (!found?.length) return undefined;
    let best = found[0] as ItemDef;
    let bestDepth = Infinity;
    for (const item of found) {
      const depth = item.parent === undefined ? this.chain.length : this.chain.indexOf(item.parent);
      if (depth >= 0 && depth < bestDepth) {
        best = item;
        bestDepth = depth;
      }
    }
    this.chain = this.ancestry(best);
    return best;
  }

  /** Whether the label is some item's (without updating the context). */
  knows(label: string): boolean {
    return this.byKey.has(itemKey(label));
  }

  private ancestry(item: ItemDef): string[] {
    const out: string[] = [];
    for (let cur: ItemDef | undefined = item; cur;) {
      out.push(cur.id);
      const parent: string | undefined = cur.parent;
      cur = parent ? this.byId.get(parent) : undefined;
    }
    return out;
  }
}

// Item lists come from the specs, which never change: each list's keys are made once.
const ITEMS_BY_KEY = new WeakMap<readonly ItemDef[], ReadonlyMap<string, readonly ItemDef[]>>();

/** The items each label key stands for, in list order. */
function itemsByKey(items: readonly ItemDef[]): ReadonlyMap<string, readonly ItemDef[]> {
  let byKey = ITEMS_BY_KEY.get(items);
  if (!byKey) {
    const map = new Map<string, ItemDef[]>();
    for (const item of items) {
      for (const label of [item.label, ...(item.aliases ?? [])]) {
        const key = itemKey(label);
        map.set(key, [...(map.get(key) ?? []), item]);
      }
    }
    ITEMS_BY_KEY.set(items, (byKey = map));
  }
  return byKey;
}

const ITEMS_BY_ID = new WeakMap<readonly ItemDef[], ReadonlyMap<string, ItemDef>>();

/** Each item by its id (the first of an id, as find() returned it). */
function itemsById(items: readonly ItemDef[]): ReadonlyMap<string, ItemDef> {
  let byId = ITEMS_BY_ID.get(items);
  if (!byId) {
    const map = new Map<string, ItemDef>();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
    ITEMS_BY_ID.set(items, (byId = map));
  }
  return byId;
}
