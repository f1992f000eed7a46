// A disclosure's page: identity and versions, key figures, downloads, charts, then every table and
// the 情况说明 as printed with the check findings in place, projects and 绩效目标.
import type { Disclosure } from '../../model/disclosure.js';
import type { DisclosureDetail, DisclosureMeta } from '../../store/index.js';
import { DISCLOSURE_CHARTS } from '../charts/catalog.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../charts/ssr.js';
import { entryOf, findingOf } from '../findings.js';
import { amountText, dateText, scoreText } from '../format.js';
import { html, type Html } from '../html.js';
import { documentView } from './document-view.js';

export interface DownloadLink {
  readonly label: string;
  readonly href: string;
}

export function disclosureTitle(
  m: Pick<DisclosureMeta, 'department' | 'year' | 'kind' | 'scope'>,
): string {
  return `${m.department} ${m.year ?? ''}年${m.scope === '单位' ? '单位' : '部门'}${m.kind}`;
}

function figures(d: Disclosure): Html {
  const s = d.summary;
  const t = s.threePublic;
  const card = (label: string, v: number | null, unit: string) =>
    html`<div class="card">
      <div class="label">${label}</div>
      <div class="figure">${amountText(v)}</div>
      <div class="label">${v === null ? '' : unit}</div>
    </div>`;
  return html`<div class="cards">
    ${card('收支总计', s.total, s.unit)} ${card('基本支出', s.basic, s.unit)}
    ${card('项目支出', s.project, s.unit)} ${card('一般公共预算拨款', s.generalBudget, s.unit)}
    ${card('人员经费', s.personnel, s.unit)} ${card('公用经费', s.publicUse, s.unit)}
    ${card('“三公”经费', t.total, t.unit)}
  </div>`;
}

/** Charts as server-drawn SVG images; the chart script makes them interactive. */
function charts(id: number, d: Disclosure): Html {
  const shown = DISCLOSURE_CHARTS.filter((c) => c.option(d) !== undefined);
  if (!shown.length) return html``;
  const base = `/disclosures/${id}/charts`;
  return html`<h2>图表 <small>单位：${d.summary.unit}</small></h2>
    <div class="charts">
      ${shown.map(
        (c) =>
          html`<figure class="chart">
            <figcaption>${c.title}</figcaption>
            <img
              src="${base}/${c.name}.svg"
              alt="${c.title}"
              width="${CHART_WIDTH}"
              height="${CHART_HEIGHT}"
              loading="lazy"
              data-option-src="${base}/${c.name}.json"
            />
          </figure>`,
      )}
    </div>`;
}

function versionsList(current: DisclosureMeta, versions: readonly DisclosureMeta[]): Html {
  if (versions.length <= 1) return html``;
  return html`<details>
    <summary>全部 ${versions.length} 个版本</summary>
    <ul>
      ${versions.map(
        (v) =>
          html`<li>
            ${v.id === current.id ? html`<strong>第 ${v.version} 版</strong>` : html`<a href="/disclosures/${v.id}">第 ${v.version} 版</a>`}
            · ${dateText(v.publishedAt)} · 错误
            ${v.errors}${v.overrideReason ? html` · 带错发布理由：${v.overrideReason}` : ''}
          </li>`,
      )}
    </ul>
  </details>`;
}

function projects(d: Disclosure): Html {
  if (!d.projects.length) return html``;
  return html`<h2>项目支出</h2>
    <table class="grid">
      <thead>
        <tr>
          <th>项目</th>
          <th>预算安排规模</th>
          <th>承担单位</th>
          <th>执行时间</th>
        </tr>
      </thead>
      <tbody>
        ${d.projects.map(
          (p) =>
            html`<tr>
              <td>${p.name}</td>
              <td class="num">
                ${p.scale === undefined ? '—' : `${amountText(p.scale)} ${p.unit}`}
              </td>
              <td>${p.owner ?? ''}</td>
              <td>${p.period ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** What a 绩效目标表 says about its project besides the indicators (上海 forms say most). */
function targetFacts(t: Disclosure['performance'][number]): Html {
  const unit = t.funds.unit ?? '万元';
  const money = (v: number | undefined) =>
    v === undefined ? undefined : `${amountText(v)} ${unit}`;
  const facts = [
    ['主管部门', t.department !== t.unit ? t.department : undefined],
    ['项目负责人', t.manager],
    ['项目性质', t.nature],
    ['项目类别', t.category],
    ['实施期间', t.period ? `${t.period.start ?? ''}—${t.period.end ?? ''}` : undefined],
    ['项目资金总额', money(t.lifetimeFunds?.total)],
    ['上年结转资金', money(t.funds.carryover)],
    ['项目总目标', t.projectGoal],
  ].filter((f): f is [string, string] => f[1] !== undefined);
  if (!facts.length) return html``;
  return html`<dl class="facts">
    ${facts.map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${v}</dd>`,
    )}
  </dl>`;
}

function performance(d: Disclosure): Html {
  if (!d.performance.length) return html``;
  return html`<h2>绩效目标</h2>
    ${d.performance.map(
      (t) =>
        html`<details>
          <summary>
            ${t.kind === 'department' ? '部门整体' : '项目'}：${t.project ?? t.unit ?? ''}
            ${t.funds.total === undefined ? '' : `（${amountText(t.funds.total)} ${t.funds.unit ?? '万元'}）`}
          </summary>
          ${targetFacts(t)}
          <table class="grid">
            <thead>
              <tr>
                <th>一级指标</th>
                <th>二级指标</th>
                <th>三级指标</th>
                <th>指标值</th>
              </tr>
            </thead>
            <tbody>
              ${t.indicators.map(
                (i) =>
                  html`<tr>
                    <td>${i.level1}</td>
                    <td>${i.level2}</td>
                    <td>${i.name}</td>
                    <td>${i.value.text}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>`,
    )}`;
}

/**
 * What changes after a version is stored (a newer version, the list of versions, the downloads
 * this server offers): drawn on every request, from the meta row.
 */
export function disclosureHeader(
  meta: DisclosureMeta,
  versions: readonly DisclosureMeta[],
  downloads: readonly DownloadLink[],
): Html {
  const notLatest = !meta.isLatest
    ? html`<p class="notice">
        这是第 ${meta.version} 版，不是最新版本。<a href="/disclosures/${meta.latestId}"
          >查看最新版本</a
        >
      </p>`
    : '';
  return html`<p class="breadcrumb">
      <a href="/">首页</a> › <a href="/departments/${meta.departmentId}">${meta.department}</a> ›
      ${meta.year ?? ''}年${meta.kind}
    </p>
    <h1>${disclosureTitle(meta)}</h1>
    ${notLatest}
    <p class="muted">
      第 ${meta.version} 版 · 发布于
      ${dateText(meta.publishedAt)}${meta.publishedBy ? ` · 发布人 ${meta.publishedBy}` : ''} ·
      来源文件 ${meta.sourceFile} · 检查：错误 ${meta.errors}，警告 ${meta.warnings}，评分
      ${scoreText(meta.score)}
    </p>
    ${meta.overrideReason ? html`<p class="notice">本版本有错误仍发布，理由：${meta.overrideReason}</p>` : ''}
    ${versionsList(meta, versions)}
    <p class="downloads">
      下载：${downloads.map((l) => html`<a href="${l.href}">${l.label}</a>`)}
    </p>`;
}

/**
 * The heavy part, which depends only on the stored version (figures, charts, every table, the
 * narrative, projects, 绩效目标 and findings): drawn once and kept in the database.
 */
export function disclosureContent(detail: DisclosureDetail): Html {
  const { meta, disclosure: d } = detail;
  const entry = entryOf(meta, d, detail.findings.map(findingOf));
  const doc = documentView(d, entry);
  return html`<h2>主要数据 <small>单位：${d.summary.unit}</small></h2>
    ${figures(d)} ${charts(meta.id, d)}
    <h2>公开表格</h2>
    ${doc.tables}
    <h2>情况说明</h2>
    ${doc.narrative} ${projects(d)} ${performance(d)}
    <h2>检查结果</h2>
    ${doc.ledger}`;
}
