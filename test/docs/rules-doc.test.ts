import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/check/index.js';
import { buildRulesDoc, RULES_DOC } from '../../scripts/build-rules-doc.js';

describe('docs/rules.md', () => {
  it('is what the catalog generates (run `npm run rules-doc` after adding or changing a rule)', async () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(await buildRulesDoc());
  });

  it('lists every rule of the catalog once', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    const ids = [...doc.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]);
    // grouped by category, so compared as sorted lists
    expect([...ids].sort()).toEqual(
      ruleCatalog()
        .map((r) => r.id)
        .sort(),
    );
  });
});
