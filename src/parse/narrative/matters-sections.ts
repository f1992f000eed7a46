// Finding the 情况说明 sections that projects and other matters read. The sections come from the
// narrative parser's splitter (parseNarrative's `sectionLines`, or narrativeSectionLines).
import type { LayoutLine } from '../../model/layout.js';
import { narrativeSectionLines, type SectionLines } from './index.js';

export type { SectionLines } from './index.js';

/** The sections, when the caller did not pass parseNarrative's (one splitter for the narrative). */
export function findSections(lines: readonly LayoutLine[]): SectionLines[] {
  return narrativeSectionLines(lines);
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
