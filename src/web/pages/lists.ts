// Lists shared by pages: disclosures as a table, departments as links.
import type { DepartmentRow, DisclosureMeta } from '../../store/index.js';
import { amountText, dateText, scoreText } from '../format.js';
import { html, type Html } from '../html.js';

export function disclosureTable(
  list: readonly DisclosureMeta[],
  opts: { department?: boolean } = {},
): Html {
  if (!list.length) return html`<p class="muted">暂无公开文件。</p>`;
  const showDept = opts.department ?? true;
  return html`<table class="grid">
    <thead>
      <tr>
        ${showDept ? html`<th>部门</th>` : ''}
        <th>年度</th>
        <th>类型</th>
        <th>收支总计</th>
        <th>单位</th>
        <th>错误</th>
        <th>警告</th>
        <th>评分</th>
        <th>版本</th>
        <th>发布时间</th>
      </tr>
    </thead>
    <tbody>
      ${list.map(
        (m) =>
          html`<tr>
            ${showDept ? html`<td><a href="/departments/${m.departmentId}">${m.department}</a></td>` : ''}
            <td><a href="/disclosures/${m.id}">${m.year ?? '—'}</a></td>
            <td><a href="/disclosures/${m.id}">${m.scope}${m.kind}</a></td>
            <td class="num">${amountText(m.total)}</td>
            <td>${m.unit}</td>
            <td class="num">${m.errors}</td>
            <td class="num">${m.warnings}</td>
            <td class="num">${scoreText(m.score)}</td>
            <td class="num">${m.version}</td>
            <td>${dateText(m.publishedAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function departmentLinks(list: readonly DepartmentRow[]): Html {
  return html`<ul>
    ${list.map(
      (d) =>
        html`<li>
          <a href="/departments/${d.id}">${d.name}</a>
          <small class="muted">${d.latestYear ?? ''}</small>
        </li>`,
    )}
  </ul>`;
}
