// Pages are sent through here: the shell (with the signed-in user and the CSRF token of the
// sign-out form) around a body.
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { gunzipSync } from 'node:zlib';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { csrfToken } from '../auth/session.js';
import type { CachedPage, WebEnv } from '../env.js';
import type { PagePrint } from '../page-bodies.js';
import { raw, type Html } from '../html.js';
import { errorPage, page, type PageOptions } from '../pages/layout.js';

export function sendPage(
  c: Context<WebEnv>,
  title: string,
  body: Html,
  opts: Partial<PageOptions> & { status?: ContentfulStatusCode } = {},
): Response {
  const user = c.get('user');
  const shell = page({ title, user, ...(user ? { csrf: csrfToken(c) } : {}), ...opts }, body);
  return c.html(shell.value, opts.status ?? 200);
}

export function sendError(
  c: Context<WebEnv>,
  status: ContentfulStatusCode,
  message: string,
): Response {
  const user = c.get('user');
  const csrf = user ? { csrf: csrfToken(c) } : {};
  return c.html(errorPage(status, message, { user, ...csrf }).value, status);
}

const encoder = new TextEncoder();

/**
 * A cached body in the shell. Readers who are not signed in all get the same bytes, so those are
 * kept with the cache entry and sent without rendering or encoding again.
 */
export function sendCachedPage(
  c: Context<WebEnv>,
  cached: CachedPage,
  opts: Partial<PageOptions> = {},
): Response {
  if (c.get('user')) return sendPage(c, cached.title, raw(cached.body), opts);
  cached.anonymous ??= encoder.encode(
    page({ title: cached.title, user: null, ...opts }, raw(cached.body)).value,
  );
  return c.body(cached.anonymous as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'text/html; charset=UTF-8',
  });
}

// Where the body goes in the shell (a title is escaped, so it never holds this).
const BODY_MARK = '<!--yusuan:body-->';
const decoder = new TextDecoder();

/**
 * A page whose body is `before` (markup) followed by `content` (UTF-8 bytes, e.g. a stored page
 * body): readers who are not signed in get the bytes joined without decoding the content, as a
 * CachedPage (its `body` string is only built when a signed-in reader needs it).
 */
export function bytesPage(
  title: string,
  before: Html,
  content: Uint8Array,
  opts: Partial<PageOptions> = {},
): CachedPage {
  const shell = page({ title, user: null, ...opts }, raw(BODY_MARK)).value;
  const at = shell.indexOf(BODY_MARK);
  const anonymous = Buffer.concat([
    encoder.encode(shell.slice(0, at)),
    encoder.encode(`${before.value} `),
    content,
    encoder.encode(shell.slice(at + BODY_MARK.length)),
  ]);
  let body: string | undefined;
  return {
    title,
    get body() {
      return (body ??= `${before.value} ${decoder.decode(content)}`);
    },
    anonymous,
  };
}

/**
 * A print as it is stored: gzip bytes to a client that takes them (every browser does), else
 * decompressed once and kept with the print.
 */
export function sendPrint(c: Context<WebEnv>, print: PagePrint): Response {
  const gzip =
    accepts(c, {
      header: 'Accept-Encoding',
      supports: ['gzip', 'identity'],
      default: 'identity',
    }) === 'gzip';
  const headers = { 'content-type': 'text/html; charset=UTF-8', vary: 'Accept-Encoding' };
  if (gzip)
    return c.body(print.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'content-encoding': 'gzip',
    });
  print.plain ??= gunzipSync(print.gzip);
  return c.body(print.plain as Uint8Array<ArrayBuffer>, 200, headers);
}
