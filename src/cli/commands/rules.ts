// yusuan rules: the rule catalog, grouped by category (or as JSON rows).
import { ruleCatalog } from '../../check/index.js';
import { renderRulesJson, renderRulesText } from '../../render/index.js';
import type { CommandResult } from '../result.js';

export interface RulesCommandOptions {
  json?: boolean;
}

export function rulesCommand(opts: RulesCommandOptions): CommandResult {
  const rules = ruleCatalog();
  return { exitCode: 0, stdout: opts.json ? renderRulesJson(rules) : renderRulesText(rules) };
}
