// A 项目支出 row prints the 项's name and the project's name side by side, both wrapped: "其他政府
// 办公厅（室）及\n相关机构事务支出\n驻外办事处业务工作经费". The catalog name of the code tells where
// the first ends. When the printed text holds only the start of that name (the rest arrives
// later, after a page break), the row keeps the start and reports the missing rest.
import {
  lookupCode,
  matchName,
  normalizeNameKey,
  type CodeSystem,
} from '../../model/catalog/index.js';

export interface CodeNameSplit {
  /** The 科目 name part as printed. */
  name: string;
  project?: string;
  /** The part of the catalog name still missing from `name`. */
  rest?: string;
}

// A prefix shorter than this is too weak to say the 科目 name started here.
const MIN_PARTIAL_PREFIX = 4;

export function splitCodeName(
  system: CodeSystem,
  code: string,
  text: string,
  year?: number,
): CodeNameSplit {
  const entry = lookupCode(system, code, year);
  if (!entry) return fallbackSplit(text);
  const opts = year ? { code, year } : { code }; // one options object for every cut tried
  const isName = (cut: number): boolean => {
    const m = matchName(system, text.slice(0, cut), opts);
    return m.kind === 'exact' || m.kind === 'tolerant' || m.kind === 'former';
  };
  const worth = cutFilter(system, code, entry.name, text);
  // Cut points: after any character; prefer a full name match, then the shortest such cut.
  for (let cut = 1; cut <= text.length; cut++) {
    if (!worth(cut) || !isName(cut)) continue;
    // Extend over a bracketed qualifier printed after the name: 事业运行（政府办公厅（室）…）.
    let end = cut;
    for (let more = cut + 1; more <= text.length; more++)
      if (worth(more) && isName(more)) end = more;
    const project = text.slice(end).trim();
    return { name: text.slice(0, end).trim(), ...(project ? { project } : {}) };
  }
  // The text may hold only the start of the name (its rest printed after a page break).
  const full = normalizeNameKey(entry.name);
  const tokens = text.split(/\s+/);
  for (let k = tokens.length - 1; k >= 1; k--) {
    const head = tokens.slice(0, k).join('');
    const key = normalizeNameKey(head);
    if (key.length >= MIN_PARTIAL_PREFIX && full.startsWith(key)) {
      const project = tokens.slice(k).join(' ').trim();
      return {
        name: tokens.slice(0, k).join(' '),
        ...(project ? { project } : {}),
        rest: suffixAfter(entry.name, key),
      };
    }
  }
  return fallbackSplit(text);
}

// Text whose every character NFKC maps to exactly one character (ideographs, printable ASCII,
// full-width forms, CJK brackets and quotes), starting with an ideograph so no code is stripped.
const PLAIN_TEXT =
  /^[ \t]*[\u4e00-\u9fff][\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014\u3015\u2018-\u201d\uff01-\uff5e\x20-\x7e\t]*$/;
/** An ideograph, an ASCII letter or a digit. */
function isPlainEnd(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39)
  );
}

/**
 * Which cuts can match a name of the code, so matchName runs on those only (it normalises the
 * cut each time; trying every cut made this the costliest step of reading 项目支出 tables).
 * matchName compares the cut's name key with each name's key, its key without a trailing 支出,
 * and its key followed by a bracketed ancestor. A cut of plain text ending in an ideograph, a
 * letter or a digit has no bracket, 。 or level marker at its end, so its key is its non-space
 * characters one for one: only a key length within 2 (支出) of some name's can match, or the
 * cut printed exactly as the name in force. Any other cut is tried.
 */
function cutFilter(
  system: CodeSystem,
  code: string,
  nameInForce: string,
  text: string,
): (cut: number) => boolean {
  if (!PLAIN_TEXT.test(text)) return () => true;
  const lengths = keyLengths(system, code);
  // Per cut: non-space characters before it, and the index of the last of them.
  // Plain arrays: typed ones cost more to make than these short loops to fill.
  const nonSpace = new Array<number>(text.length + 1).fill(0);
  const lastAt = new Array<number>(text.length + 1).fill(-1);
  for (let i = 0; i < text.length; i++) {
    const space = text[i] === ' ' || text[i] === '\t';
    nonSpace[i + 1] = nonSpace[i]! + (space ? 0 : 1);
    lastAt[i + 1] = space ? lastAt[i]! : i;
  }
  const lead = text.length - text.trimStart().length;
  return (cut) => {
    const last = lastAt[cut]!;
    if (last < 0 || !isPlainEnd(text.charCodeAt(last))) return true;
    return lengths.has(nonSpace[cut]!) || last + 1 - lead === nameInForce.length;
  };
}

/** Without a catalog name: split at the last space printed on the line, if any. */
function fallbackSplit(text: string): CodeNameSplit {
  const i = text.lastIndexOf(' ');
  if (i <= 0) return { name: text };
  return { name: text.slice(0, i).trim(), project: text.slice(i + 1).trim() };
}

/** The part of `name` after the prefix whose key is `prefixKey`. */
function suffixAfter(name: string, prefixKey: string): string {
  for (let i = 1; i <= name.length; i++) {
    if (normalizeNameKey(name.slice(0, i)) === prefixKey) return name.slice(i);
  }
  return '';
}

// Catalog data never changes: the key lengths of a code's names are worked out once.
const KEY_LENGTHS = new Map<CodeSystem, Map<string, ReadonlySet<number>>>();

/** Lengths a cut's key can have to match one of the code's names (in force or former). */
function keyLengths(system: CodeSystem, code: string): ReadonlySet<number> {
  let bySystem = KEY_LENGTHS.get(system);
  if (!bySystem) KEY_LENGTHS.set(system, (bySystem = new Map()));
  let lengths = bySystem.get(code);
  if (!lengths) {
    const newest = lookupCode(system, code);
    if (!newest) return new Set(); // not cached: only the catalog's codes are (a bounded set)
    const set = new Set<number>();
    for (const name of [newest.name, ...newest.formerNames.map((f) => f.name)]) {
      const n = normalizeNameKey(name).length;
      set
        .add(n - 2)
        .add(n)
        .add(n + 2);
    }
    lengths = set;
    bySystem.set(code, lengths);
  }
  return lengths;
}
