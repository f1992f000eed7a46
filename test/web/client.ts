// A browser stand-in for app.request(): keeps cookies, reads the CSRF token from pages, posts
// forms (urlencoded or multipart).

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: {
      request(path: string, init?: RequestInit): Response | Promise<Response>;
    },
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(path, { ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GET a page and return its text and the CSRF token of its first form. */
  async page(path: string): Promise<{ status: number; text: string; csrf: string }> {
    const res = await this.request(path);
    const text = await res.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? '';
    return { status: res.status, text, csrf };
  }

  post(
    path: string,
    fields: Record<string, string | Blob>,
    file?: { name: string; bytes: Uint8Array },
  ) {
    if (file) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([file.bytes]), file.name);
      return this.request(path, { method: 'POST', body: form });
    }
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields as Record<string, string>).toString(),
    });
  }

  async signIn(name: string, password: string): Promise<Response> {
    const { csrf } = await this.page('/login');
    return this.post('/login', { _csrf: csrf, name, password, next: '/publish' });
  }
}
