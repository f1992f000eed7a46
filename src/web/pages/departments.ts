// The department list (filtered by region, level, name) and one department's page: its
// disclosures by year and trend charts (total, 基本/项目, 三公 items) across years.
import type { DepartmentDetail, DepartmentRow, TrendPoint } from '../../store/index.js';
import { trendOption, type YearPoint } from '../charts/series.js';
import { chartBlock } from '../charts/ssr.js';
import { html, type Html } from '../html.js';
import { departmentLinks, disclosureTable } from './lists.js';

export interface DepartmentListView {
  readonly departments: readonly DepartmentRow[];
  readonly region?: string;
  readonly level?: string;
  readonly q?: string;
  readonly offset: number;
  readonly limit: number;
}

export function departmentListBody(v: DepartmentListView): Html {
  const next = new URLSearchParams({
    ...(v.region ? { region: v.region } : {}),
    ...(v.level ? { level: v.level } : {}),
    ...(v.q ? { q: v.q } : {}),
    offset: String(v.offset + v.limit),
  });
  return html`<h1>部门</h1>
    <form method="get" action="/departments" class="inline">
      <label>名称 <input type="text" name="q" value="${v.q ?? ''}" /></label>
      <label>地区 <input type="text" name="region" value="${v.region ?? ''}" /></label>
      <label
        >层级
        <select name="level">
          ${['', '省级', '市级', '区县级'].map((l) => html`<option value="${l}" ${l === (v.level ?? '') ? 'selected' : ''}>${l || '全部'}</option>`)}
        </select></label
      >
      <button type="submit">筛选</button>
    </form>
    ${v.departments.length ? departmentLinks(v.departments) : html`<p class="muted">没有符合条件的部门。</p>`}
    ${v.departments.length === v.limit ? html`<p><a href="/departments?${next.toString()}">下一页</a></p>` : ''}`;
}

export interface DepartmentView {
  readonly department: DepartmentDetail;
  readonly trends: readonly TrendPoint[];
}

function trendCharts(points: readonly TrendPoint[]): Html {
  // One kind per chart line: 预算 and 决算 of a year are different figures.
  const kinds = [...new Set(points.map((p) => p.kind))];
  const blocks: Html[] = [];
  for (const kind of kinds) {
    const list = points.filter((p) => p.kind === kind && p.year !== null);
    if (list.length < 1) continue;
    const unit = list[0]!.unit;
    const money: YearPoint[] = list.map((p) => ({
      year: p.year,
      values: { total: p.total, basic: p.basic, project: p.project },
    }));
    const three: YearPoint[] = list.map((p) => ({
      year: p.year,
      values: {
        total: p.threePublic.total,
        outbound: p.threePublic.outbound,
        purchase: p.threePublic.vehiclePurchase,
        operation: p.threePublic.vehicleOperation,
        reception: p.threePublic.reception,
      },
    }));
    const a = trendOption(money, [
      { key: 'total', name: '收支总计' },
      { key: 'basic', name: '基本支出' },
      { key: 'project', name: '项目支出' },
    ]);
    const b = trendOption(
      three,
      [
        { key: 'outbound', name: '因公出国（境）费' },
        { key: 'purchase', name: '公务用车购置费' },
        { key: 'operation', name: '公务用车运行费' },
        { key: 'reception', name: '公务接待费' },
      ],
      'bar',
    );
    if (a) blocks.push(chartBlock(`${kind}：收支总计、基本支出、项目支出（${unit}）`, a));
    if (b) blocks.push(chartBlock(`${kind}：“三公”经费（${list[0]!.threePublic.unit}）`, b));
  }
  return blocks.length
    ? html`<h2>历年趋势</h2>
        <div class="charts">${blocks}</div>`
    : html``;
}

export function departmentBody(v: DepartmentView): Html {
  const d = v.department;
  const list = d.disclosureList;
  return html`<p class="breadcrumb"><a href="/">首页</a> › ${d.region ?? ''} ${d.locality ?? ''}</p>
    <h1>${d.name}</h1>
    <p class="muted">
      ${d.region ?? '地区未知'} · ${d.level ?? '层级未知'} · ${d.disclosures} 份公开文件
    </p>
    <h2>各年度公开文件</h2>
    ${disclosureTable(list, { department: false })}
    ${
      list.length >= 2
        ? html`<form method="get" action="/compare" class="inline">
            <label
              >对比
              <select name="ids" multiple size="${Math.min(list.length, 6)}">
                ${list.map((m, i) => html`<option value="${m.id}" ${i < 2 ? 'selected' : ''}>${m.year ?? ''}年${m.kind}</option>`)}
              </select></label
            ><button type="submit">对比所选年度</button>
          </form>`
        : ''
    }
    ${trendCharts(v.trends)}`;
}
