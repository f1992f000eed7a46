// Aggregate: totals across the departments of a region and year, by 功能分类 类 and 款 and by 三公
// item.
import type { AggregateResult } from '../../store/index.js';
import { barsOption } from '../charts/series.js';
import { chartBlock } from '../charts/ssr.js';
import { amountText } from '../format.js';
import { html, type Html } from '../html.js';

export interface AggregateView {
  readonly regions: readonly string[];
  readonly region?: string;
  readonly year?: number;
  readonly kind: '预算' | '决算';
  readonly result: AggregateResult | null;
}

function form(v: AggregateView): Html {
  return html`<form method="get" action="/aggregate" class="inline">
    <label
      >地区
      <select name="region">
        <option value="">全部</option>
        ${v.regions.map((r) => html`<option value="${r}" ${r === v.region ? 'selected' : ''}>${r}</option>`)}
      </select></label
    >
    <label
      >年度 <input type="number" name="year" value="${v.year ?? ''}" min="1990" max="2100" required
    /></label>
    <label
      >类型
      <select name="kind">
        ${['预算', '决算'].map((k) => html`<option ${k === v.kind ? 'selected' : ''}>${k}</option>`)}
      </select></label
    >
    <button type="submit">汇总</button>
  </form>`;
}

/** Totals by 功能分类 at one level: code, name, sum, how many departments have the line. */
function classTable(lines: AggregateResult['byClass'], nameClass: string): Html {
  return html`<table class="grid">
    <thead>
      <tr>
        <th>编码</th>
        <th>名称</th>
        <th>合计</th>
        <th>部门数</th>
      </tr>
    </thead>
    <tbody>
      ${lines.map(
        (l) =>
          html`<tr>
            <td class="code">${l.code}</td>
            <td class="${nameClass}">${l.name}</td>
            <td class="num">${amountText(l.amount)}</td>
            <td class="num">${l.departments}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function result(r: AggregateResult): Html {
  const t = r.threePublic;
  const chart = barsOption(
    r.byClass.map((l) => ({ name: `${l.code} ${l.name}`, value: l.amount })),
  );
  return html`<p>
      ${r.region ?? '全部地区'} ${r.year} 年${r.kind}：共
      <strong>${r.departments}</strong> 个部门，单位：${r.unit}
    </p>
    ${chart ? html`<div class="charts">${chartBlock('支出功能分类（类）合计', chart)}</div>` : ''}
    <h2>按功能分类（类）</h2>
    ${classTable(r.byClass, '')}
    <h2>按功能分类（款）</h2>
    ${classTable(r.bySection, 'lvl-款')}
    <h2>“三公”经费</h2>
    <table class="grid">
      <tbody>
        <tr>
          <th>合计</th>
          <td class="num">${amountText(t.total)}</td>
        </tr>
        <tr>
          <th>因公出国（境）费</th>
          <td class="num">${amountText(t.outbound)}</td>
        </tr>
        <tr>
          <th>公务用车购置费</th>
          <td class="num">${amountText(t.vehiclePurchase)}</td>
        </tr>
        <tr>
          <th>公务用车运行费</th>
          <td class="num">${amountText(t.vehicleOperation)}</td>
        </tr>
        <tr>
          <th>公务接待费</th>
          <td class="num">${amountText(t.reception)}</td>
        </tr>
      </tbody>
    </table>`;
}

export function aggregateBody(v: AggregateView): Html {
  return html`<h1>汇总</h1>
    <p class="muted">
      某地区某年度全部部门（各公开文件的最新版本）的支出按功能分类和“三公”经费合计。
    </p>
    ${form(v)} ${v.result ? result(v.result) : html`<p class="muted">请选择地区和年度。</p>`}`;
}
