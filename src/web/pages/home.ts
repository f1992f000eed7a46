// The home page: search, departments by region and level, the latest disclosures.
import type {
  DepartmentLevel,
  DepartmentRow,
  DisclosureMeta,
  RegionRow,
} from '../../store/index.js';
import { html, type Html } from '../html.js';
import { departmentLinks, disclosureTable } from './lists.js';

export interface RegionDepartments {
  readonly region: RegionRow;
  /** Up to a page of departments per level (level null: not known). */
  readonly levels: readonly {
    level: DepartmentLevel | null;
    departments: readonly DepartmentRow[];
    total: number;
  }[];
}

export interface HomeView {
  readonly regions: readonly RegionDepartments[];
  readonly latest: readonly DisclosureMeta[];
}

function levelLink(region: string, level: DepartmentLevel | null): string {
  const q = new URLSearchParams({ region, ...(level ? { level } : {}) });
  return `/departments?${q}`;
}

export function homeBody(v: HomeView): Html {
  return html`<h1>部门预算、决算公开</h1>
    <form method="get" action="/search" class="inline">
      <label
        >搜索部门、项目、绩效指标和情况说明
        <input type="search" name="q" size="40" placeholder="例如：办公厅、公务用车、满意度"
      /></label>
      <button type="submit">搜索</button>
    </form>
    <h2>按地区和层级浏览部门</h2>
    ${v.regions.length ? '' : html`<p class="muted">暂无部门。</p>`}
    ${v.regions.map(
      (r) =>
        html`<section>
          <h3>${r.region.region} <small>${r.region.departments} 个部门</small></h3>
          <div class="levels">
            ${r.levels.map(
              (l) =>
                html`<div>
                  <h4>${l.level ?? '其他'} <small>(${l.total})</small></h4>
                  ${departmentLinks(l.departments)}
                  ${l.total > l.departments.length ? html`<p><a href="${levelLink(r.region.region, l.level)}">全部 ${l.total} 个…</a></p>` : ''}
                </div>`,
            )}
          </div>
        </section>`,
    )}
    <h2>最新公开</h2>
    ${disclosureTable(v.latest)}`;
}
