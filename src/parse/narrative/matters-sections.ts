// The numbered sections of the 情况说明 that projects and other matters read. The narrative
// parser (narrative/index.ts, parseNarrative) returns them as `sectionLines`; callers pass those in
// the context. Without them, `findSections` below finds them by heading shape — a small interim
// finder with the same output shape (lines: the body without heading and subsections).
import { matchKey } from '../../ingest/normalize.js';
import type { LayoutLine } from '../../model/layout.js';
import { fromChineseNumeral } from '../overview/numbering.js';
import { compact } from '../overview/text.js';

/** Structurally the `SectionLines` of narrative/index.ts. */
export interface SectionLines {
  number: string;
  title: string;
  parent?: string;
  /** Body lines, without the heading and without the subsections' lines. */
  lines: LayoutLine[];
  /** The heading's own lines. */
  heading: LayoutLine[];
}

const TOP = /^([一二三四五六七八九十]{1,3})、\s*(.*)$/;
const SUB = /^([（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*(.*)$/;
// A heading names a matter; a paragraph that happens to start with 二、 does not.
const TOP_WORDS = /关于|说明|情况|事项/;
const TITLE_END = /(说明|情况|事项|说)$/;
// A wrapped heading's tail is short and holds no sentence punctuation (seed 000 line 1288
// "出情况说明"; seed 004 line 613 "齐办事处2021年收支预算情况的总体说明").
const TITLE_TAIL_MAX_CHARS = 40;
// A subsection heading is a title, not a sentence: "(一) 单位运行经费情况". Project blocks
// ("（一）项目名称：…") stay in their section's body.
const SUB_TITLE_MAX_CHARS = 30;

/** Top-level sections (一、…) and their titled subsections (（一）…), in order. */
export function findSections(lines: readonly LayoutLine[]): SectionLines[] {
  const out: SectionLines[] = [];
  let top: SectionLines | undefined;
  let current: SectionLines | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LayoutLine;
    const key = matchKey(line.text);
    const t = TOP.exec(key);
    const probe = key + compact(lines[i + 1]?.text ?? '');
    if (t && fromChineseNumeral(t[1] ?? '') !== undefined && TOP_WORDS.test(probe)) {
      const heading = [line];
      let title = t[2] ?? '';
      const next = lines[i + 1];
      const tail = next ? compact(next.text) : '';
      if (
        next &&
        !TITLE_END.test(title) &&
        tail.length <= TITLE_TAIL_MAX_CHARS &&
        TITLE_END.test(tail) &&
        !/[，,。；]/.test(tail)
      ) {
        heading.push(next);
        title += tail;
        i++;
      }
      top = { number: t[1] ?? '', title, lines: [], heading };
      current = top;
      out.push(top);
      continue;
    }
    const s = SUB.exec(key);
    const subTitle = s?.[2] ?? '';
    if (top && s && subTitle.length <= SUB_TITLE_MAX_CHARS && !/[：:，,]/.test(subTitle)) {
      current = {
        number: s[1] ?? '',
        title: subTitle,
        parent: top.number,
        lines: [],
        heading: [line],
      };
      out.push(current);
      continue;
    }
    current?.lines.push(line);
  }
  return out;
}

/** The first top-level section whose title matches. */
export function findSection(
  sections: readonly SectionLines[],
  title: RegExp,
): SectionLines | undefined {
  return sections.find((s) => s.parent === undefined && title.test(s.title));
}

/** The first subsection of `parent` (of any section when undefined) whose title matches. */
export function findSubsection(
  sections: readonly SectionLines[],
  parent: SectionLines | undefined,
  title: RegExp,
): SectionLines | undefined {
  return sections.find(
    (s) => s.parent !== undefined && (!parent || s.parent === parent.number) && title.test(s.title),
  );
}

/** All lines of a top-level section after its heading — its subsections' headings and bodies too. */
export function sectionSpan(sections: readonly SectionLines[], top: SectionLines): LayoutLine[] {
  const at = sections.indexOf(top);
  const span = [...top.lines];
  for (let i = at + 1; i < sections.length; i++) {
    const s = sections[i] as SectionLines;
    if (s.parent === undefined) break;
    span.push(...s.heading, ...s.lines);
  }
  return span.sort((a, b) => a.line - b.line);
}
