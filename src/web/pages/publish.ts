// Sign-in, upload and preview pages for editors. Every form carries the CSRF token.
import { amountText } from '../format.js';
import { html, type Html } from '../html.js';
import type { Draft } from '../drafts.js';
import { MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from '../upload.js';
import { documentView } from './document-view.js';

function csrfField(csrf: string): Html {
  return html`<input type="hidden" name="_csrf" value="${csrf}" />`;
}

export function loginBody(csrf: string, opts: { error?: string; next?: string } = {}): Html {
  return html`<h1>编辑登录</h1>
    ${opts.error ? html`<p class="error-box">${opts.error}</p>` : ''}
    <form method="post" action="/login" class="stack">
      ${csrfField(csrf)}
      <input type="hidden" name="next" value="${opts.next ?? '/publish'}" />
      <label>用户名 <input type="text" name="name" autocomplete="username" required /></label>
      <label
        >密码 <input type="password" name="password" autocomplete="current-password" required
      /></label>
      <button type="submit">登录</button>
    </form>`;
}

export function uploadBody(csrf: string, opts: { error?: string } = {}): Html {
  return html`<h1>发布公开文件</h1>
    ${opts.error ? html`<p class="error-box">${opts.error}</p>` : ''}
    <p>
      上传部门预算或决算公开文件（${UPLOAD_EXTENSIONS.join('、')}，不超过
      ${MAX_UPLOAD_BYTES / 1048576} MB）。
      系统会解析并检查文件，发布前可以预览解析结果和检查发现的问题。
    </p>
    <form method="post" action="/publish" enctype="multipart/form-data" class="stack">
      ${csrfField(csrf)}
      <label
        >文件 <input type="file" name="file" accept="${UPLOAD_EXTENSIONS.join(',')}" required
      /></label>
      <button type="submit">上传并检查</button>
    </form>`;
}

export function previewBody(csrf: string, draft: Draft, opts: { error?: string } = {}): Html {
  const d = draft.disclosure;
  const e = draft.entry;
  const doc = documentView(d, e);
  const blocked = e.errors > 0;
  return html`<h1>
      预览：${d.identity.department ?? '（未识别部门）'}
      ${d.identity.year ?? ''}年${d.identity.kind}
    </h1>
    ${opts.error ? html`<p class="error-box">${opts.error}</p>` : ''}
    <p>
      文件 ${draft.file} · 收支总计
      <strong>${amountText(d.summary.total)}</strong> ${d.summary.unit} · ${d.tables.length} 张表 ·
      检查：错误 ${e.errors}，警告 ${e.warnings}，解析提示 ${e.parseWarnings}
    </p>
    ${
      blocked
        ? html`<p class="error-box">
            检查发现 ${e.errors}
            个错误。有错误的文件默认不能发布；如确需发布，请填写理由，理由将与该版本一起公开保存。
          </p>`
        : html`<p class="ok-box">检查未发现错误，可以发布。</p>`
    }
    <form method="post" action="/publish/${draft.id}" class="stack">
      ${csrfField(csrf)}
      ${blocked ? html`<label>带错发布理由 <textarea name="reason" rows="3" cols="60"></textarea></label>` : ''}
      <button type="submit">发布</button>
    </form>
    <h2>公开表格</h2>
    ${doc.tables}
    <h2>情况说明</h2>
    ${doc.narrative}
    <h2>检查结果</h2>
    ${doc.ledger}`;
}
