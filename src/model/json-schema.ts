import { z } from 'zod';
import { DisclosureSchema } from './disclosure.js';

/** The JSON Schema of a Disclosure, generated from the zod schema. */
export function disclosureJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DisclosureSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: 'https://github.com/yusuan/yusuan/schema/disclosure.schema.json',
    title: 'Disclosure',
    description:
      'A Chinese government department budget (预算) or final accounts (决算) disclosure: everything the document says. Amounts are numbers in the unit stated beside them, with at most two decimals.',
  };
}
