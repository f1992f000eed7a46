// The completeness ledger (what was met, what was not, what could not be evaluated) and the score
// breakdown of one entry.
import { PART_WEIGHTS, SCORE_PARTS, SEVERITY_WEIGHTS } from '../../check/index.js';
import type { CheckEntry } from '../../model/check-report.js';
import type { Outcome } from '../../model/finding.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { NumberedFinding } from './groups.js';
import { esc } from './html-escape.js';
import { findingList, type HtmlContext } from './html-findings.js';
import { OUTCOME_LABEL, PART_LABEL, scoreText } from './labels.js';

const LEDGER: readonly { outcome: Outcome; title: string }[] = [
  { outcome: 'fail', title: '未满足 failed' },
  { outcome: 'insufficient_data', title: '未能判断 not evaluated' },
  { outcome: 'pass', title: '已满足 passed' },
  { outcome: 'not_applicable', title: '不适用 not applicable' },
];

export function renderLedger(ctx: HtmlContext, ledger: readonly NumberedFinding[]): string {
  const parts = ['<h3>完整性 completeness ledger</h3>'];
  if (!ledger.length) {
    parts.push('<p class="muted">没有完整性检查结果 (no completeness rule reported)</p>');
    return parts.join('\n');
  }
  for (const { outcome, title } of LEDGER) {
    const list = ledger.filter((nf) => nf.finding.outcome === outcome);
    if (!list.length) continue;
    parts.push(`<h4>${esc(title)} (${list.length})</h4>`, findingList(ctx, list));
  }
  return parts.join('\n');
}

export function renderScore(entry: CheckEntry): string {
  const s = entry.score;
  const parts = ['<h3>质量评分 score</h3>'];
  if (!s) {
    parts.push('<p class="muted">无可评分的检查 (nothing could be evaluated)</p>');
    return parts.join('\n');
  }
  const outcomes: Outcome[] = ['pass', 'rounding', 'fail', 'insufficient_data', 'not_applicable'];
  const head = ['', '权重 weight', '得分 score', ...outcomes.map((o) => OUTCOME_LABEL[o])];
  const rows = SCORE_PARTS.map((p) => {
    const counts = s.breakdown?.[p];
    return [
      PART_LABEL[p],
      PART_WEIGHTS[p].toFixed(2),
      scoreText(s[p]),
      ...outcomes.map((o) => String(counts?.[o] ?? '')),
    ];
  });
  rows.push(['总分 total', '', s.total.toFixed(1), ...outcomes.map(() => '')]);
  parts.push(
    '<table class="grid"><thead><tr>' +
      head.map((h) => `<th>${esc(h)}</th>`).join('') +
      '</tr></thead><tbody>' +
      rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td${i ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
        )
        .join('') +
      '</tbody></table>',
    `<p class="muted">每部分 = 已评估检查中通过或尾差的比例（按严重程度加权：error ${SEVERITY_WEIGHTS.error}、warning ${SEVERITY_WEIGHTS.warning}、info ${SEVERITY_WEIGHTS.info}）；无法判断与不适用不计入分母；总分为有评估部分的加权平均。见 docs/score.md。</p>`,
  );
  return parts.join('\n');
}

export function renderParseWarnings(warnings: readonly ParseWarning[]): string {
  if (!warnings.length) return '';
  const items = warnings.map((w) => {
    const at = [
      w.tableNumber,
      w.at?.page ? `p.${w.at.page}` : '',
      w.at?.line ? `l.${w.at.line}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `<li><code>${esc(w.code)}</code> ${esc(w.message)}${at ? ` <span class="muted">(${esc(at)})</span>` : ''}</li>`;
  });
  return `<details><summary>解析提示 parse warnings (${warnings.length})</summary><ul>${items.join('\n')}</ul></details>`;
}
