// Compare: several disclosures (two years of one department, or several departments) side by side
// at 类, 款 or 项 level of the 功能分类.
import type { CodeLevel } from '../../model/table.js';
import type { CompareResult, DisclosureMeta } from '../../store/index.js';
import { amountText } from '../format.js';
import { html, type Html } from '../html.js';
import { disclosureTitle } from './disclosure.js';

export interface CompareView {
  readonly result: CompareResult | null;
  readonly level: CodeLevel;
  /** Disclosures to choose from. */
  readonly choices: readonly DisclosureMeta[];
  readonly selected: readonly number[];
}

const LEVELS: readonly CodeLevel[] = ['类', '款', '项'];
const DEPTH: Record<CodeLevel, number> = { 类: 0, 款: 1, 项: 2 };

function form(v: CompareView): Html {
  const chosen = new Set(v.selected);
  return html`<form method="get" action="/compare" class="inline">
    <label
      >选择要对比的公开文件（可多选）
      <select name="ids" multiple size="8">
        ${v.choices.map((m) => html`<option value="${m.id}" ${chosen.has(m.id) ? 'selected' : ''}>${disclosureTitle(m)}</option>`)}
      </select></label
    >
    <label
      >层级
      <select name="level">
        ${LEVELS.map((l) => html`<option value="${l}" ${l === v.level ? 'selected' : ''}>${l}</option>`)}
      </select></label
    >
    <button type="submit">对比</button>
  </form>`;
}

function table(r: CompareResult, level: CodeLevel): Html {
  const rows = r.rows.filter((x) => DEPTH[x.level] <= DEPTH[level]);
  return html`<div class="wrap">
    <table class="doc compare">
      <thead>
        <tr>
          <th>编码</th>
          <th>功能分类</th>
          ${r.disclosures.map((m, i) => html`<th><a href="/disclosures/${m.id}">${disclosureTitle(m)}</a><br /><small>${r.units[i] ?? ''}</small></th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (x) =>
            html`<tr>
              <td class="code">${x.code}</td>
              <td class="name lvl-${x.level}">${x.name}</td>
              ${x.amounts.map((a) => html`<td class="num">${amountText(a)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function compareBody(v: CompareView): Html {
  const r = v.result;
  return html`<h1>对比</h1>
    <p class="muted">
      同一部门的两个年度，或多个部门，按支出功能分类的类、款、项并列比较（一般公共预算支出表，无则用部门支出总表）。
    </p>
    ${form(v)}
    ${
      r && r.disclosures.length
        ? r.rows.length
          ? table(r, v.level)
          : html`<p class="muted">所选文件没有可比较的功能分类数据。</p>`
        : html`<p class="muted">请选择至少两份公开文件。</p>`
    }`;
}
