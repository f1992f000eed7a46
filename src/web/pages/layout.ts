// The page shell every page shares: header with navigation and search, main, footer. Pages are
// complete without JavaScript; the one script only makes the server-drawn charts interactive.
import { html, type Html } from '../html.js';

export interface PageUser {
  readonly name: string;
}

export interface PageOptions {
  readonly title: string;
  readonly user?: PageUser | null;
  /** CSRF token for the sign-out form (present when signed in). */
  readonly csrf?: string;
  /** Load the chart script (pages with charts). */
  readonly charts?: boolean;
  readonly q?: string;
}

export function page(opts: PageOptions, body: Html): Html {
  const user = opts.user
    ? html`<span>编辑 ${opts.user.name}</span>
        <form method="post" action="/logout" style="margin:0">
          <input type="hidden" name="_csrf" value="${opts.csrf ?? ''}" />
          <button class="secondary" type="submit">退出</button>
        </form>`
    : html`<a href="/login">编辑登录</a>`;
  return html`<!DOCTYPE html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title} · 预算公开平台</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <header class="site">
          <a class="brand" href="/">预算公开平台</a>
          <nav>
            <a href="/">首页</a><a href="/departments">部门</a><a href="/compare">对比</a>
            <a href="/aggregate">汇总</a><a href="/publish">发布</a><a href="/api">数据接口</a>
          </nav>
          <form method="get" action="/search" role="search">
            <input
              type="search"
              name="q"
              value="${opts.q ?? ''}"
              placeholder="搜索部门、项目、指标、说明"
              aria-label="搜索"
            />
            <button type="submit">搜索</button>
          </form>
          ${user}
        </header>
        <main>${body}</main>
        <footer class="site">
          部门预算、决算公开数据 · 数据来自各部门公开文件 · <a href="/api/openapi.json">OpenAPI</a>
        </footer>
        ${
          opts.charts
            ? html`<script src="/assets/echarts.min.js" defer></script>
                <script src="/assets/charts.js" defer></script>`
            : ''
        }
      </body>
    </html>`;
}

export function errorPage(status: number, message: string, opts: Partial<PageOptions> = {}): Html {
  const title = status === 404 ? '未找到' : status >= 500 ? '服务器错误' : '请求有误';
  return page(
    { title, ...opts },
    html`<h1>${title}</h1>
      <p class="error-box">${message}</p>
      <p><a href="/">返回首页</a></p>`,
  );
}
