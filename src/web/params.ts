// Ids and query parameters from requests, validated with zod. A bad parameter is a 400 naming the
// parameter; an id that is not a positive integer is simply not found (404).
import type { z } from 'zod';
import { HTTPException } from 'hono/http-exception';

const MAX_ID = 2 ** 31 - 1;

/** A path id, or undefined when it is not a positive integer. */
export function parseId(s: string | undefined): number | undefined {
  if (!s || !/^\d{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= MAX_ID ? n : undefined;
}

export class ParamError extends HTTPException {
  constructor(readonly issues: { parameter: string; message: string }[]) {
    super(400, {
      message: issues.map((i) => `参数 ${i.parameter}：${i.message}`).join('；'),
    });
  }
}

/** Query parameters parsed by a zod object schema; unknown parameters are ignored. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Record<string, string | string[]>,
): z.infer<S> {
  const r = schema.safeParse(query);
  if (r.success) return r.data;
  throw new ParamError(
    r.error.issues.map((i) => ({ parameter: i.path.join('.') || '(query)', message: i.message })),
  );
}

/**
 * Query values as zod sees them: repeated parameters as arrays, single ones as strings. Empty
 * values count as absent, as forms send them for "any" (level=&region=).
 */
export function queryOf(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    if (v === '') continue;
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
