// The 情况说明 in the HTML report: each section's text with the findings about it beside it. The
// phrase a finding quotes (actualText) is marked in the text where it occurs. Sections without
// findings stay folded (<details> needs no script).
import type { NarrativeSection } from '../../model/narrative.js';
import type { SectionGroup } from './groups.js';
import { esc } from './html-escape.js';
import { findingList, type HtmlContext } from './html-findings.js';

/** Shortest quoted phrase worth marking: a single character would mark noise. */
const MIN_MARKED_PHRASE = 2;

/** The section text, escaped, with the first occurrence of each quoted phrase marked. */
function markedText(text: string, phrases: readonly string[]): string {
  const spans: { from: number; to: number }[] = [];
  for (const p of phrases) {
    if (p.length < MIN_MARKED_PHRASE) continue;
    const from = text.indexOf(p);
    if (from < 0) continue;
    const to = from + p.length;
    if (!spans.some((s) => from < s.to && to > s.from)) spans.push({ from, to });
  }
  spans.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += esc(text.slice(at, s.from)) + `<mark>${esc(text.slice(s.from, s.to))}</mark>`;
    at = s.to;
  }
  return out + esc(text.slice(at));
}

function sectionHtml(
  ctx: HtmlContext,
  s: NarrativeSection,
  group: SectionGroup | undefined,
): string {
  const findings = (group?.findings ?? []).filter(
    (nf) => ctx.passes || nf.finding.outcome !== 'pass',
  );
  const phrases = findings.flatMap((nf) => nf.finding.actualText ?? []);
  const cls = ['section', s.parent ? 'sub' : '', findings.length ? 'has' : '']
    .filter(Boolean)
    .join(' ');
  // A heading with no text of its own (五 before its （一）…): its title only.
  if (!s.text && !findings.length)
    return `<h4 class="${cls}">${esc(s.number)} ${esc(s.title)}</h4>`;
  const count = findings.length ? ` <span class="badge o-fail">${findings.length}</span>` : '';
  return [
    `<details class="${cls}"${findings.length ? ' open' : ''}>`,
    `<summary>${esc(s.number)} ${esc(s.title)}${count}</summary>`,
    `<div class="pair"><p>${markedText(s.text, phrases)}</p>`,
    `<aside>${findingList(ctx, findings)}</aside></div>`,
    '</details>',
  ].join('\n');
}

export function renderNarrative(
  ctx: HtmlContext,
  sections: readonly NarrativeSection[],
  groups: readonly SectionGroup[],
): string {
  const bySection = new Map(groups.filter((g) => g.section).map((g) => [g.section!, g]));
  const unmatched = groups.filter((g) => !g.section);
  const parts = ['<h3>情况说明 narrative</h3>'];
  if (!sections.length) parts.push('<p class="muted">（未读到情况说明 no narrative read）</p>');
  for (const s of sections) parts.push(sectionHtml(ctx, s, bySection.get(s)));
  for (const g of unmatched)
    parts.push(`<h4>情况说明 ${esc(g.title)}</h4>`, findingList(ctx, g.findings));
  return parts.join('\n');
}
