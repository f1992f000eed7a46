// The check report as one self-contained HTML page (inline CSS, no script) for a person to read:
// per input, every table of the disclosure drawn with the cells of each finding highlighted and
// numbered, the 情况说明 with its findings beside the text, the completeness ledger and the score.
import { ruleCatalog, type Rule } from '../../check/index.js';
import type { CheckEntry, CheckReport } from '../../model/check-report.js';
import type { Disclosure } from '../../model/disclosure.js';
import { groupFindings } from './groups.js';
import { anchorId, esc } from './html-escape.js';
import { findingList, type HtmlContext } from './html-findings.js';
import { renderLedger, renderParseWarnings, renderScore } from './html-ledger.js';
import { renderNarrative } from './html-narrative.js';
import { REPORT_CSS } from './html-style.js';
import { renderTableSection } from './html-table.js';
import { OUTCOME_LABEL, scoreText } from './labels.js';
import { entryHeading } from './text.js';

export interface HtmlOptions {
  /** The checked disclosures, aligned with report.entries (tables and text to draw). */
  readonly disclosures?: readonly (Disclosure | undefined)[];
  /** List passing findings too (--all). */
  readonly passes?: boolean;
  /** Rules for descriptions (default: the catalog). */
  readonly rules?: readonly Rule[];
}

export function renderCheckHtml(report: CheckReport, opts: HtmlOptions = {}): string {
  const rules = new Map((opts.rules ?? ruleCatalog()).map((r) => [r.id, r]));
  const entries = report.entries.map((entry, i) =>
    renderEntry({ entry: i, rules, passes: opts.passes ?? false }, entry, opts.disclosures?.[i]),
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(pageTitle(report))}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    '<h1>预算公开检查报告 <small>check report</small></h1>',
    `<p class="muted">${report.entries.length} 个文件 inputs · ${report.rules} 条规则 rules</p>`,
    indexTable(report),
    ...entries,
    '</body></html>',
    '',
  ].join('\n');
}

function pageTitle(report: CheckReport): string {
  const first = report.entries[0];
  const name = first?.identity?.department ?? first?.place ?? '';
  return `检查报告 ${name}${report.entries.length > 1 ? ` 等 ${report.entries.length} 个文件` : ''}`;
}

function indexTable(report: CheckReport): string {
  const rows = report.entries.map((e, i) => {
    const link = `<a href="#${anchorId('e' + i)}">${esc(e.place)}</a>`;
    const cells = e.inputError
      ? [link, esc(`无法使用 unusable: ${e.inputError.kind}`), '', '', '']
      : [
          link,
          esc(
            `${e.identity?.department ?? ''} ${e.identity?.year ?? ''} ${e.identity?.kind ?? ''}`,
          ),
          String(e.errors),
          String(e.warnings),
          scoreText(e.score?.total),
        ];
    return `<tr>${cells.map((c, k) => `<td${k > 1 ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  });
  return (
    '<table class="grid"><thead><tr><th>文件 input</th><th>部门 department</th><th>错误 errors</th><th>警告 warnings</th><th>评分 score</th></tr></thead><tbody>' +
    rows.join('\n') +
    '</tbody></table>'
  );
}

function summary(entry: CheckEntry): string {
  const c = entry.counts;
  const items = [
    `${OUTCOME_LABEL.fail} ${c.fail}（error ${entry.errors}，warning ${entry.warnings}）`,
    `${OUTCOME_LABEL.rounding} ${c.rounding}`,
    `${OUTCOME_LABEL.insufficient_data} ${c.insufficient_data}`,
    `${OUTCOME_LABEL.not_applicable} ${c.not_applicable}`,
    `${OUTCOME_LABEL.pass} ${c.pass}`,
    `评分 score ${scoreText(entry.score?.total)}`,
    `解析提示 parse warnings ${entry.parseWarnings}`,
  ];
  return `<p class="summary">${items.map((x) => `<span>${esc(x)}</span>`).join('')}</p>`;
}

function renderEntry(ctx: HtmlContext, entry: CheckEntry, d: Disclosure | undefined): string {
  const head = `<h2 id="${anchorId('e' + ctx.entry)}">${esc(entryHeading(entry))}</h2>`;
  if (entry.inputError)
    return `<section>${head}<p class="o-fail">无法使用 unusable input [${esc(entry.inputError.kind)}]: ${esc(entry.inputError.message)}</p></section>`;
  const groups = groupFindings(entry, d, { passes: ctx.passes });
  const parts = [head, summary(entry)];
  if (d) parts.push(renderParseWarnings(d.warnings));
  parts.push(renderScore(entry));
  const tables = d?.tables ?? [];
  tables.forEach((t, i) =>
    parts.push(
      renderTableSection(
        ctx,
        i,
        t,
        groups.tables.find((g) => g.table === t),
      ),
    ),
  );
  // Findings about tables the document does not have.
  groups.tables
    .filter((g) => !g.table || !tables.includes(g.table))
    .forEach((g, i) => parts.push(renderTableSection(ctx, tables.length + i, undefined, g)));
  parts.push(renderNarrative(ctx, d?.narrative.sections ?? [], groups.sections));
  parts.push(renderLedger(ctx, groups.completeness));
  if (groups.other.length)
    parts.push('<h3>其他 other findings</h3>', findingList(ctx, groups.other));
  return `<section class="entry">\n${parts.filter(Boolean).join('\n')}\n</section>`;
}
