// factKey once per fact and document: several rules key the same facts (restatements, the change
// rules' sibling lookup), and each key is a string built, then hashed, anew on every call.
import type { FactScope, NarrativeFact } from '../../../../model/narrative.js';
import { factKey, type CheckContext } from '../../../context.js';

/** factKey(f), made once per fact of the document. */
export function keyOfFact(ctx: CheckContext, f: NarrativeFact): string {
  const keys = ctx.memo('narrative:fact-keys', () => new Map<NarrativeFact, string>());
  let key = keys.get(f);
  if (key === undefined) keys.set(f, (key = factKey(f)));
  return key;
}

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
