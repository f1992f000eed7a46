// Writes docs/rules.md from the rule catalog (the only source of truth), formatted as prettier
// formats it so that `npm run lint` accepts it. Usage: npm run rules-doc
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ruleCatalog } from '../src/check/index.js';
import { renderRulesMarkdown } from '../src/render/index.js';

export const RULES_DOC = fileURLToPath(new URL('../docs/rules.md', import.meta.url));

/** docs/rules.md as it should be committed. */
export async function buildRulesDoc(): Promise<string> {
  const options = (await resolveConfig(RULES_DOC)) ?? {};
  return format(renderRulesMarkdown(ruleCatalog()), { ...options, filepath: RULES_DOC });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(RULES_DOC, await buildRulesDoc());
  console.log(`wrote ${RULES_DOC} (${ruleCatalog().length} rules)`);
}
