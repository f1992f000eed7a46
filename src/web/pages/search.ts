// Search results: departments, projects, 绩效 indicators and narrative passages.
import type { SearchHit, SearchHitKind } from '../../store/index.js';
import { html, type Html } from '../html.js';

const KIND_LABEL: Record<SearchHitKind, string> = {
  department: '部门',
  project: '项目',
  indicator: '绩效指标',
  narrative: '情况说明',
};

function href(h: SearchHit): string {
  return h.disclosureId === null
    ? `/departments/${h.departmentId}`
    : `/disclosures/${h.disclosureId}`;
}

export function searchBody(q: string, hits: readonly SearchHit[]): Html {
  return html`<h1>搜索</h1>
    <form method="get" action="/search" class="inline">
      <input type="search" name="q" value="${q}" size="40" aria-label="搜索词" />
      <button type="submit">搜索</button>
    </form>
    ${
      !q
        ? html`<p class="muted">输入部门名称、项目名称、绩效指标或情况说明中的文字。</p>`
        : hits.length
          ? html`<p>找到 ${hits.length} 条结果：</p>
              <ul class="hits">
                ${hits.map(
                  (h) =>
                    html`<li>
                      <span class="hit-kind">${KIND_LABEL[h.kind]}</span>
                      <a href="${href(h)}">${h.title}</a>
                      <small class="muted">${h.department}${h.year ? ` ${h.year}年` : ''}</small>
                      ${h.snippet && h.snippet !== h.title ? html`<br /><small>${h.snippet}</small>` : ''}
                    </li>`,
                )}
              </ul>`
          : html`<p class="muted">没有找到“${q}”。</p>`
    }`;
}
