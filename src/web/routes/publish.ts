// Editors: sign in, upload (size and type limited), preview the parsed and checked document, and
// publish it as a new version. Every POST needs the CSRF token; every write needs a session.
// Errors block publishing unless the editor gives a reason, which is stored with the version.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isInputError } from '../../model/errors.js';
import { csrfOk, csrfToken, endSession, startSession } from '../auth/session.js';
import { verifyPassword } from '../auth/password.js';
import { SignInThrottle } from '../auth/throttle.js';
import { offersDocuments, type Portal, type WebEnv } from '../env.js';
import { renderPageBody } from '../page-bodies.js';
import { loginBody, previewBody, uploadBody } from '../pages/publish.js';
import { MAX_UPLOAD_BYTES, readUpload } from '../upload.js';
import { sendError, sendPage } from './render-page.js';

/** Multipart overhead allowed above the file itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_FORM_BYTES = 64 * 1024;
const MAX_REASON_CHARS = 2000;

/** Only local paths are followed after sign-in (no open redirect). */
function localPath(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/publish';
}

function tooLarge(c: Context<WebEnv>, limit: number): Response {
  return sendError(
    c,
    413,
    `请求太大：上限为 ${Math.round(limit / 1048576)} MB。请上传更小的文件。`,
  );
}

export function publishRoutes(portal: Portal): Hono<WebEnv> {
  const { store, drafts, logError } = portal;
  const app = new Hono<WebEnv>();
  const throttle = new SignInThrottle();
  const smallForm = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: (c) => tooLarge(c, MAX_FORM_BYTES),
  });

  app.get('/login', (c) =>
    sendPage(c, '编辑登录', loginBody(csrfToken(c), { next: localPath(c.req.query('next')) })),
  );

  app.post('/login', smallForm, async (c) => {
    const form = await c.req.parseBody();
    if (!csrfOk(c, form._csrf))
      return sendError(c, 403, '表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。');
    const name = typeof form.name === 'string' ? form.name.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const wait = throttle.retryAfter(name);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return sendError(c, 429, `登录失败次数过多，请 ${Math.ceil(wait / 60000)} 分钟后再试。`);
    }
    const user = name ? await store.userByName(name) : null;
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throttle.fail(name);
      return sendPage(
        c,
        '编辑登录',
        loginBody(csrfToken(c), { error: '用户名或密码不正确。', next: localPath(form.next) }),
        {
          status: 401,
        },
      );
    }
    throttle.succeed(name);
    await startSession(c, store, user);
    return c.redirect(localPath(form.next), 303);
  });

  app.post('/logout', smallForm, async (c) => {
    const form = await c.req.parseBody();
    if (!csrfOk(c, form._csrf)) return sendError(c, 403, 'CSRF 校验失败，请刷新页面后重试。');
    await endSession(c, store);
    return c.redirect('/', 303);
  });

  // Everything below is for signed-in editors only.
  const editorsOnly: MiddlewareHandler<WebEnv> = async (c, next) => {
    if (c.get('user')) return next();
    if (c.req.method === 'GET') return c.redirect('/login?next=/publish', 303);
    return sendError(c, 401, '请先登录：只有编辑可以发布。');
  };
  app.use('/publish', editorsOnly);
  app.use('/publish/*', editorsOnly);

  app.get('/publish', (c) => sendPage(c, '发布', uploadBody(csrfToken(c))));

  app.post(
    '/publish',
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES,
      onError: (c) => tooLarge(c, MAX_UPLOAD_BYTES),
    }),
    async (c) => {
      const user = c.get('user')!;
      let form: Record<string, string | File>;
      try {
        form = (await c.req.parseBody()) as Record<string, string | File>;
      } catch {
        return sendPage(
          c,
          '发布',
          uploadBody(csrfToken(c), { error: '无法读取上传的表单，请重新选择文件上传。' }),
          { status: 400 },
        );
      }
      if (!csrfOk(c, form._csrf))
        return sendError(c, 403, '表单已过期或来源不明（CSRF 校验失败），请刷新页面后重试。');
      const file = form.file;
      if (!(file instanceof File) || !file.name)
        return sendPage(
          c,
          '发布',
          uploadBody(csrfToken(c), { error: '没有收到文件，请选择一个文件。' }),
          { status: 400 },
        );
      const bytes = new Uint8Array(await file.arrayBuffer());
      try {
        const read = await readUpload(bytes, file.name);
        const draft = drafts.add({ userId: user.id, file: file.name, bytes, ...read });
        return sendPage(c, '预览', previewBody(csrfToken(c), draft));
      } catch (e) {
        if (!isInputError(e)) {
          // A reader that fails on a file is our bug, but the editor still gets a clear answer.
          logError(e);
          const message = `${file.name}：无法解析这个文件（程序内部错误，已记录）。请改用 PDF 或文本格式，或联系管理员。`;
          return sendPage(c, '发布', uploadBody(csrfToken(c), { error: message }), { status: 422 });
        }
        const status = e.kind === 'too-large' ? 413 : e.kind === 'unsupported' ? 415 : 400;
        return sendPage(c, '发布', uploadBody(csrfToken(c), { error: e.message }), { status });
      }
    },
  );

  app.post('/publish/:draft', smallForm, async (c) => {
    const user = c.get('user')!;
    const form = await c.req.parseBody();
    if (!csrfOk(c, form._csrf)) return sendError(c, 403, 'CSRF 校验失败，请刷新页面后重试。');
    const draft = drafts.get(c.req.param('draft'), user.id);
    if (!draft) return sendError(c, 404, '预览已过期或不存在，请重新上传。');
    const reason =
      typeof form.reason === 'string' ? form.reason.trim().slice(0, MAX_REASON_CHARS) : '';
    if (draft.entry.errors > 0 && !reason)
      return sendPage(
        c,
        '预览',
        previewBody(csrfToken(c), draft, {
          error: '检查发现错误：请填写带错发布的理由，或修改文件后重新上传。',
        }),
        {
          status: 422,
        },
      );
    const saved = await store.saveDisclosure({
      disclosure: draft.disclosure,
      report: draft.entry,
      sourceFile: draft.file,
      sourceBytes: draft.bytes,
      sourceFormat: draft.format,
      publishedBy: user.id,
      ...(draft.entry.errors > 0 ? { overrideReason: reason } : {}),
    });
    drafts.delete(draft.id);
    portal.invalidate();
    // The page body is drawn now, once: readers get it from the database. A failure here only
    // means it is drawn on the first request instead.
    await renderPageBody(store, saved.disclosureId, {
      documents: await offersDocuments(portal),
    }).catch((e: unknown) => portal.logError(e));
    return c.redirect(`/disclosures/${saved.disclosureId}?published=1`, 303);
  });

  return app;
}
