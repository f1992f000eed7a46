// Render: data → documents for people. Check reports as text, JSON and HTML; the rule catalog as
// text, JSON and Markdown.
export { renderCheckText, renderCheckSummary, type TextOptions } from './check-report/text.js';
export { renderCheckJson } from './check-report/json.js';
export { renderCheckHtml, type HtmlOptions } from './check-report/html.js';
export {
  renderRulesJson,
  renderRulesMarkdown,
  renderRulesText,
  ruleRows,
  type RuleRow,
} from './rules.js';
