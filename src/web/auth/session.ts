// Who is signed in: the session cookie (HttpOnly, SameSite=Lax, Secure over https) names a
// session the store keeps by token hash. Also the CSRF cookie: a random value every form repeats
// in a hidden field (double submit), checked on every POST.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Store, UserRow } from '../../store/index.js';
import { newToken, sameToken, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'yusuan_session';
export const CSRF_COOKIE = 'yusuan_csrf';
export const CSRF_FIELD = '_csrf';
export const SESSION_HOURS = 12;

export interface AuthVars {
  user: UserRow | null;
  /** Set by csrfToken once a page needs it. */
  csrf?: string;
}

export type AuthEnv = { Variables: AuthVars };

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/** Sets c.var.user from the session cookie. */
export function sessionMiddleware(store: Store): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await store.sessionUser(tokenHash(token)) : null);
    await next();
  };
}

/**
 * This browser's CSRF token for a form, creating the cookie on first use (only pages with a POST
 * form need one, so most responses set no cookie at all).
 */
export function csrfToken(c: Context<AuthEnv>): string {
  let csrf = c.get('csrf') ?? getCookie(c, CSRF_COOKIE);
  if (!csrf || csrf.length < 32) {
    csrf = newToken();
    setCookie(c, CSRF_COOKIE, csrf, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: secure(c),
    });
  }
  c.set('csrf', csrf);
  return csrf;
}

export async function startSession(c: Context, store: Store, user: UserRow): Promise<void> {
  const token = newToken();
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await store.createSession(user.id, tokenHash(token), expires);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c),
    expires,
  });
}

export async function endSession(c: Context, store: Store): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await store.deleteSession(tokenHash(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Whether a submitted form carries the CSRF token of this browser. */
export function csrfOk(c: Context<AuthEnv>, submitted: unknown): boolean {
  return typeof submitted === 'string' && sameToken(submitted, getCookie(c, CSRF_COOKIE));
}
