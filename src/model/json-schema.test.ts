import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disclosureJsonSchema } from './json-schema.js';

describe('schema/disclosure.schema.json', () => {
  it('is what the zod schemas generate (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/disclosure.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(disclosureJsonSchema());
  });

  it('describes the summary figures by their stable names', () => {
    const schema = disclosureJsonSchema() as {
      properties: { summary: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.properties.summary.properties)).toEqual([
      'unit',
      'total',
      'basic',
      'project',
      'personnel',
      'publicUse',
      'generalBudget',
      'threePublic',
      'byFunctionClass',
    ]);
  });
});
