// One finding in the HTML report: the numbered list item it is described in, the hover text of the
// cells it marks, and the marker that links the two.
import type { Rule } from '../../check/index.js';
import type { Table } from '../../model/table.js';
import type { NumberedFinding } from './groups.js';
import { anchorId, esc } from './html-escape.js';
import { cellLabel, findingFigures, outcomeText, sourcePlace } from './labels.js';

/** What the HTML writers share while drawing one entry. */
export interface HtmlContext {
  /** Entry index: anchors are unique across the page. */
  readonly entry: number;
  readonly rules: ReadonlyMap<string, Rule>;
  /** List passing findings (--all). */
  readonly passes: boolean;
}

export function findingAnchor(ctx: HtmlContext, n: number): string {
  return anchorId('e' + ctx.entry, 'f' + n);
}

/** The hover text of a marked cell: number, outcome, figures and the rule's description. */
export function findingTitle(ctx: HtmlContext, { n, finding: f }: NumberedFinding): string {
  const figures = findingFigures(f);
  const rule = ctx.rules.get(f.ruleId);
  return [`${n}. ${outcomeText(f)}${figures ? `: ${figures}` : ''}`, rule?.zh ?? f.ruleId].join(
    '\n',
  );
}

/** A numbered marker linking a cell to its finding (the cell carries the hover text). */
export function marker(ctx: HtmlContext, nf: NumberedFinding): string {
  return `<a class="mk o-${nf.finding.outcome}" href="#${findingAnchor(ctx, nf.n)}">${nf.n}</a>`;
}

/** The list item describing a finding. */
export function findingItem(ctx: HtmlContext, nf: NumberedFinding, table?: Table): string {
  const f = nf.finding;
  const loc = f.location;
  const rule = ctx.rules.get(f.ruleId);
  const where = [loc.subject, loc.section ? `情况说明 ${loc.section}` : '', cellLabel(loc, table)]
    .filter(Boolean)
    .join(' · ');
  const place = sourcePlace(loc);
  const figures = findingFigures(f);
  return [
    `<li id="${findingAnchor(ctx, nf.n)}" value="${nf.n}">`,
    `<span class="badge o-${f.outcome}">${esc(outcomeText(f))}</span> `,
    where ? `<b>${esc(where)}</b> ` : '',
    figures ? esc(figures) : '',
    place ? ` <span class="muted">(${esc(place)})</span>` : '',
    `<div class="rule"><code>${esc(f.ruleId)}</code> ${esc(rule?.zh ?? '')}</div>`,
    f.note ? `<div class="note">${esc(f.note)}</div>` : '',
    '</li>',
  ].join('');
}

export function findingList(
  ctx: HtmlContext,
  list: readonly NumberedFinding[],
  table?: Table,
): string {
  if (!list.length) return '';
  return `<ol class="findings">${list.map((nf) => findingItem(ctx, nf, table)).join('\n')}</ol>`;
}
