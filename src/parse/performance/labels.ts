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

/** The known label a (joined) text is, by match key; undefined otherwise. */
export function knownLabel(text: string): string | undefined {
  const key = matchKey(text);
  return KNOWN[key] ? key : undefined;
}

/** Could `text` still grow into a known label by joining more fragments? */
export function isLabelPrefix(text: string): boolean {
  const key = matchKey(text);
  return key !== '' && NAMES.some((n) => n.startsWith(key));
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
const MAX_UNKNOWN_LABEL_LENGTH = 10;
export function looksLikeLabel(text: string): boolean {
  const key = matchKey(text);
  return (
    key.length >= 2 && key.length <= MAX_UNKNOWN_LABEL_LENGTH && /^[\u4e00-\u9fff]+$/.test(key)
  );
}
