// Writes schema/disclosure.schema.json from the zod schemas (the only source of truth).
import { writeFileSync } from 'node:fs';
import { disclosureJsonSchema } from '../src/model/json-schema.js';

const out = new URL('../schema/disclosure.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(disclosureJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
