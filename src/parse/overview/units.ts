// 内设机构 and 预算单位 from the 机构设置及人员情况 text. Names wrap anywhere ("政\n府总值班室",
// "离\n退休干部工作处", seed 000) and carry brackets (综合一室（保密办）), so the list is read from the
// joined text and split on 、 outside brackets.
import type { LayoutLine } from '../../model/layout.js';
import type { Overview } from '../../model/overview.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import { detectStyle, splitNumbered } from './numbering.js';
import {
  compact,
  joinLines,
  joinTexts,
  sentenceEnd,
  sourceRef,
  splitOutsideBrackets,
  trimEndChars,
  trimStartChars,
} from '../text/prose.js';

// "内设12个处室" (seeds); "机关设9个内设机构" (上海).
const INTERNAL_COUNT = /(?:下设|内设|机关设)(\d{1,4})个/;
const LIST_INTRO = /(?:分别是|分别为|包括|为)[：:]?/;
const NAME_LEAD = '：:，, \t';
const NAME_END = '。；;，, \t';
const tidyName = (n: string) => trimEndChars(trimStartChars(n, NAME_LEAD), NAME_END);

export function parseInternalUnits(
  text: string,
  warnings: ParseWarning[],
  at: LayoutLine | undefined,
): Overview['internalUnits'] {
  const c = compact(text);
  const m = INTERNAL_COUNT.exec(c);
  if (!m) return { names: [] };
  const count = Number(m[1]);
  const rest = c.slice(m.index + m[0].length);
  const intro = LIST_INTRO.exec(rest);
  let names: string[] = [];
  if (intro) {
    const from = intro.index + intro[0].length;
    const end = sentenceEnd(rest, from);
    const list = rest.slice(from, end === -1 ? rest.length : end);
    names = splitOutsideBrackets(list, '、，,；;').map(tidyName).filter(Boolean);
  }
  if (names.length !== count)
    warnings.push({
      code: 'field-unplaced',
      message: `内设机构: ${count} stated, ${names.length} names read`,
      at: sourceRef(at),
    });
  return { count, names };
}

const SUBORDINATE_NONE = /无(?:下属|所属)(?:预算)?单位/;
const SUBORDINATE = /(?:下属|所属)(\d+)(?:家|个)(?:预算)?单位/;
const ADMINISTRATIVE = /行政单位(\d+)(?:家|个)/;
const INSTITUTIONAL = /事业单位(\d+)(?:家|个)/;
// The sentence that introduces the list of units in this budget: "纳入…2025年部门预算编制范围的
// 下属预算单位包括：" (seed 000 lines 68–70).
// Not "…的预算包括：" (line 52), which names the whole budget, not its units.
// 上海: "本部门中，行政单位1家，事业单位1家，具体包括：".
const UNIT_LIST_INTRO =
  /(?:(?:编制范围|纳入)[^。]{0,80}?|下属|所属)单位(?:包括|为|有)[：:]|(?:\d+家)[，,]具体包括[：:]/;
// A line continues the list when it starts with a marker or holds no sentence punctuation (a
// wrapped name); the paragraph after the list is a sentence (seed 000 line 84 "…编制数 362，…").
const LIST_MARKER = /^\s*(?:\d{1,2}\s*[.．、]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）])/;
const SENTENCE_PUNCTUATION = /[，,。：:；;]/;
// How many lines may hold the list's introduction (it wraps over two in seed 000).
const INTRO_LINES = 2;

export function parseBudgetUnits(
  body: readonly LayoutLine[],
  text: string,
): Overview['budgetUnits'] {
  const c = compact(text);
  const sub = SUBORDINATE.exec(c);
  const subordinateCount = SUBORDINATE_NONE.test(c) ? 0 : sub ? Number(sub[1]) : undefined;
  const adm = ADMINISTRATIVE.exec(c);
  const ins = INSTITUTIONAL.exec(c);
  return {
    ...(subordinateCount === undefined ? {} : { subordinateCount }),
    names: unitList(body),
    ...(adm ? { administrative: Number(adm[1]) } : {}),
    ...(ins ? { institutional: Number(ins[1]) } : {}),
  };
}

// Every form of UNIT_LIST_INTRO ends with a colon, and joining lines adds none.
const COLON = /[：:]/;

function unitList(body: readonly LayoutLine[]): string[] {
  // Only a window holding a line with a colon is joined and searched.
  let lastColon = -1;
  for (let i = 0; i < body.length; i++) {
    if (COLON.test((body[i] as LayoutLine).text)) lastColon = i;
    const from = Math.max(0, i - INTRO_LINES + 1);
    if (lastColon < from) continue;
    const window = compact(joinLines(body.slice(from, i + 1)));
    const intro = UNIT_LIST_INTRO.exec(window);
    if (!intro) continue;
    const parts = [window.slice(intro.index + intro[0].length)];
    let open = !/[。；;]$/.test(parts[0] ?? '');
    for (let j = i + 1; j < body.length; j++) {
      const t = (body[j] as LayoutLine).text;
      // Items may each end with 。 (上海 "1. …（本部）。"): a next marker goes on with the list.
      if (!open && !LIST_MARKER.test(t)) break;
      if (!LIST_MARKER.test(t) && SENTENCE_PUNCTUATION.test(t)) break;
      parts.push(t);
      open = !/[。]\s*$/.test(t);
    }
    const list = joinTexts(parts);
    const style = detectStyle(list, ['arabic', 'paren-arabic', 'paren-cn']);
    const names = style
      ? splitNumbered(list, style).items.map((it) => it.text)
      : splitOutsideBrackets(list, '、；;');
    // A name holds no comma: "商务委本部，…机关设9个内设机构" describes the unit after its name.
    return names.map((n) => tidyName(n.split(/[，,]/)[0] ?? '')).filter(Boolean);
  }
  return [];
}
