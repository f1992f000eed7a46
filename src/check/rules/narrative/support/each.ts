// Findings from a list, at most one per item. A loop rather than flatMap: flatMap allocates an
// array per item and was the largest single cost of the narrative rules that walk every fact.
import type { FindingDraft } from '../../../rule.js';

export function eachFinding<T>(
  items: readonly T[],
  find: (item: T) => FindingDraft | undefined,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const item of items) {
    const found = find(item);
    if (found) out.push(found);
  }
  return out;
}
