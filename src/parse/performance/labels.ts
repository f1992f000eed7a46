// The names of 一级 / 二级 指标 in the national 绩效指标体系 (财预〔2020〕10号 and the 新疆 templates
// that follow it). Their merged cells are printed once, wrapped ("满意\n度指\n标"), so the body
// tokenizer joins fragments against these names. 成本指标 and 满意度指标 are both levels: 成本指标 is
// a 二级 under 产出指标 in older templates (seed 004, 2021) and a 一级 over 经济成本指标 in newer
// ones (seed 000, 2025); 满意度指标 repeats as its own 二级.
import { matchKey } from '../../ingest/index.js';

export type LabelLevel = 1 | 2;

interface KnownLabel {
  readonly levels: readonly LabelLevel[];
  /** For a 二级 name: the 一级 names it belongs under. */
  readonly parents?: readonly string[];
}

const KNOWN: Readonly<Record<string, KnownLabel>> = {
  产出指标: { levels: [1] },
  效益指标: { levels: [1] },
  成本指标: { levels: [1, 2], parents: ['产出指标'] },
  满意度指标: { levels: [1, 2], parents: ['满意度指标'] },
  数量指标: { levels: [2], parents: ['产出指标'] },
  质量指标: { levels: [2], parents: ['产出指标'] },
  时效指标: { levels: [2], parents: ['产出指标'] },
  经济成本指标: { levels: [2], parents: ['成本指标'] },
  社会成本指标: { levels: [2], parents: ['成本指标'] },
  生态环境成本指标: { levels: [2], parents: ['成本指标'] },
  经济效益指标: { levels: [2], parents: ['效益指标'] },
  社会效益指标: { levels: [2], parents: ['效益指标'] },
  生态效益指标: { levels: [2], parents: ['效益指标'] },
  可持续影响指标: { levels: [2], parents: ['效益指标'] },
  服务对象满意度指标: { levels: [2], parents: ['满意度指标'] },
};

const NAMES = Object.keys(KNOWN);

/**
 * Merged cells left of the whole indicator block (上海 财政项目支出绩效目标填报表, 万里街道 2023
 * pp.31–35: "绩效指标", printed on one of the rows): they head the block, so they are no cell.
 */
const BLOCK_LABELS: ReadonlySet<string> = new Set(['绩效指标']);
const BLOCK_LABEL_LENGTHS = new Set([...BLOCK_LABELS].map((l) => l.length));

/** Is this piece a block label? (The length first: hashing every new piece's text costs.) */
export function isBlockLabel(text: string): boolean {
  return BLOCK_LABEL_LENGTHS.has(text.length) && BLOCK_LABELS.has(text);
}
/** Every non-empty start of a known name. */
const PREFIXES = new Set(NAMES.flatMap((n) => [...n].map((_, i) => n.slice(0, i + 1))));
const MAX_LABEL_LENGTH = Math.max(...NAMES.map((n) => n.length));
const MIN_LABEL_LENGTH = Math.min(...NAMES.map((n) => n.length));
const SPACE = /\s/;

// The tokenizer asks about every piece and every join of fragments, so a text without spaces is
// looked up as it is: its match key differs only by folded brackets, quotes and colons, which no
// name holds (such a text is no name either, folded or not).

/** The known label a (joined) text is, by match key; undefined otherwise. */
export function knownLabel(text: string): string | undefined {
  return knownPieceLabel(SPACE.test(text) ? matchKey(text) : text);
}

/** Could `text` still grow into a known label by joining more fragments? */
export function isLabelPrefix(text: string): boolean {
  return PREFIXES.has(SPACE.test(text) ? matchKey(text) : text);
}

const NAME_SET = new Set(NAMES);
/** 1 at the code of a letter some name starts with. */
const NAME_FIRST = new Uint8Array(0x10000);
for (const name of NAMES) NAME_FIRST[name.charCodeAt(0)] = 1;

/** knownLabel of a text without spaces (pieces and their joins). */
export function knownPieceLabel(text: string): string | undefined {
  if (text.length >= MIN_LABEL_LENGTH && text.length <= MAX_LABEL_LENGTH && NAME_SET.has(text))
    return text;
  // As an object lookup, KNOWN also finds Object.prototype's names ("constructor"), all ASCII.
  return text.charCodeAt(0) < 0x80 && KNOWN[text] ? text : undefined;
}

/**
 * Can a known label start at text[at] (text without spaces)? Object lookups (knownPieceLabel) also
 * find Object.prototype's names such as "constructor", all ASCII: those are looked up as they are.
 */
export function mayStartLabel(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (NAME_FIRST[first] === 1) return true;
  // (Digits and signs start no such name: the rest of the text is not copied for them.)
  return PROTOTYPE_FIRST[first] === 1 && knownPieceLabel(text.slice(at)) !== undefined;
}

/** 1 at the code of a letter some name of Object.prototype starts with (all ASCII). */
const PROTOTYPE_FIRST = new Uint8Array(0x80);
for (const name of Object.getOwnPropertyNames(Object.prototype))
  if (name.charCodeAt(0) < 0x80) PROTOTYPE_FIRST[name.charCodeAt(0)] = 1;

/** The names as a tree by letter: a node per prefix, with the name it completes. */
export interface LabelNode {
  readonly next: Map<number, LabelNode>;
  name?: string;
}

/** The root of the names' tree (the empty prefix). */
export const LABEL_TREE: LabelNode = { next: new Map() };
for (const name of NAMES) {
  let node = LABEL_TREE;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: new Map() }));
    node = child;
  }
  node.name = name;
}

/** The node of `text` after `node`'s prefix: undefined when that is no prefix of a name. */
export function labelNode(node: LabelNode | undefined, text: string): LabelNode | undefined {
  for (let i = 0; i < text.length && node; i++) node = node.next.get(text.charCodeAt(i));
  return node;
}

/** isLabelPrefix of a text without spaces. */
export function isPieceLabelPrefix(text: string): boolean {
  return PREFIXES.has(text);
}

export function labelLevels(name: string): readonly LabelLevel[] {
  return KNOWN[name]?.levels ?? [];
}

/** Does a 二级 name fit under a 一级 name? Unknown names fit anything (we cannot tell). */
export function fitsUnder(level2: string, level1: string): boolean {
  const parents = KNOWN[level2]?.parents;
  if (!parents || !KNOWN[level1]) return true;
  return parents.includes(level1);
}

/** An unknown merged cell (履职效能) is short words: no digits, no value signs. */
export const MIN_UNKNOWN_LABEL_LENGTH = 2;
export const MAX_UNKNOWN_LABEL_LENGTH = 10;
const UNKNOWN_LABEL = new RegExp(
  `^[\u4e00-\u9fff]{${MIN_UNKNOWN_LABEL_LENGTH},${MAX_UNKNOWN_LABEL_LENGTH}}$`,
);
export function looksLikeLabel(text: string): boolean {
  // Without spaces the key is the text, or holds a folded bracket and is no label either.
  const key = SPACE.test(text) ? matchKey(text) : text;
  return (
    key.length >= MIN_UNKNOWN_LABEL_LENGTH &&
    key.length <= MAX_UNKNOWN_LABEL_LENGTH &&
    UNKNOWN_LABEL.test(key)
  );
}
