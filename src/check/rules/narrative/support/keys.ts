// The factKey of a subject the rules look up in every document (the total, 基本支出): a string
// built, then hashed, anew on every call otherwise. A fact's own key is ctx.factKeyOf(f).
import type { FactScope } from '../../../../model/narrative.js';
import { factKey } from '../../../context.js';

/**
 * The factKey of a fixed subject in a scope, made once per scope for the process (`cache` is the
 * caller's, one per subject): the scopes are a short fixed list, so this holds a few strings.
 */
export function scopedKey(
  cache: Map<FactScope, string>,
  subject: Parameters<typeof factKey>[0]['subject'],
  scope: FactScope,
): string {
  let key = cache.get(scope);
  if (key === undefined) cache.set(scope, (key = factKey({ subject, scope })));
  return key;
}
