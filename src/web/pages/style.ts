// The portal's stylesheet (served at /assets/site.css), after the check report's, which draws the
// tables with their findings.
import { REPORT_CSS } from '../../render/check-report/html-style.js';

export const SITE_CSS = `${REPORT_CSS}
body { margin: 0; max-width: none; padding: 0; background: #fbfbfa; }
header.site { background: #8b1a1a; color: #fff; padding: .6em 1.2em; display: flex;
  flex-wrap: wrap; gap: 1.2em; align-items: center; }
header.site a { color: #fff; text-decoration: none; }
header.site .brand { font-size: 1.25em; font-weight: 700; letter-spacing: .05em; }
header.site nav { display: flex; gap: 1em; flex-wrap: wrap; }
header.site form { margin-left: auto; display: flex; gap: .4em; }
main { max-width: 1200px; margin: 0 auto; padding: 1em 1.2em 3em; background: #fff;
  min-height: 70vh; }
footer.site { text-align: center; color: #777; font-size: .85em; padding: 1.5em; }
a { color: #0b4f8a; }
input[type=search], input[type=text], input[type=password], input[type=number], select, textarea {
  font: inherit; padding: .3em .5em; border: 1px solid #bbb; border-radius: 4px; }
button { font: inherit; padding: .3em 1em; border: 1px solid #8b1a1a; background: #8b1a1a;
  color: #fff; border-radius: 4px; cursor: pointer; }
button.secondary { background: #fff; color: #8b1a1a; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: .8em; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .6em .8em; background: #fff; }
.card .figure { font-size: 1.4em; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { color: #666; font-size: .9em; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1em; }
figure.chart { margin: 0; border: 1px solid #eee; border-radius: 6px; padding: .5em; }
figure.chart figcaption { font-weight: 600; margin-bottom: .3em; }
.chart-box { width: 100%; overflow: hidden; }
.chart-box svg { max-width: 100%; height: auto; }
.downloads a { margin-right: 1em; }
.notice { padding: .6em 1em; border-radius: 6px; background: #fff3cd; color: #664d03;
  margin: .8em 0; }
.error-box { padding: .6em 1em; border-radius: 6px; background: var(--fail); color: var(--fail-ink);
  margin: .8em 0; }
.ok-box { padding: .6em 1em; border-radius: 6px; background: var(--pass); color: var(--pass-ink);
  margin: .8em 0; }
form.stack { display: grid; gap: .6em; max-width: 480px; }
form.inline { display: flex; flex-wrap: wrap; gap: .6em; align-items: end; }
form.inline label, form.stack label { display: grid; gap: .2em; }
ul.hits li { margin: .4em 0; } .hit-kind { color: #fff; background: #777; border-radius: 3px;
  padding: 0 .35em; font-size: .8em; margin-right: .4em; }
.levels { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 0 1.5em; }
.levels h4 { margin: .3em 0; }
table.grid td.num { text-align: right; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: .5em 0; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
.breadcrumb { color: #666; font-size: .9em; }
`;
