// The report's only stylesheet, inlined so that the page is one self-contained file.
export const REPORT_CSS = `
:root { --fail: #f8d7da; --fail-ink: #842029; --round: #fff3cd; --round-ink: #664d03;
  --unk: #e2e3f3; --unk-ink: #2f3577; --pass: #d1e7dd; --pass-ink: #0f5132; --na: #eeeeee;
  --line: #c8c8c8; }
body { font: 14px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  margin: 1.5em auto; max-width: 1200px; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #333; margin-top: 2em; }
h3 { margin: 1.6em 0 .3em; } small, .muted { color: #666; }
table { border-collapse: collapse; }
.wrap { overflow-x: auto; }
table.doc td, table.doc th, table.grid td, table.grid th { border: 1px solid var(--line);
  padding: 2px 6px; vertical-align: top; }
table.doc th, table.grid th { background: #f4f4f4; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 600; background: #fafafa; }
tr.unit td.name { font-weight: 600; }
.lvl-款 { padding-left: 1.2em !important; } .lvl-项 { padding-left: 2.4em !important; }
.lvl-project { padding-left: 3.2em !important; }
.o-fail { background: var(--fail); color: var(--fail-ink); }
.o-rounding { background: var(--round); color: var(--round-ink); }
.o-insufficient_data { background: var(--unk); color: var(--unk-ink); }
.o-pass { background: var(--pass); color: var(--pass-ink); }
.o-not_applicable { background: var(--na); }
td.hl { outline: 2px solid currentColor; outline-offset: -2px; }
a.mk { display: inline-block; min-width: 1.4em; margin-left: .3em; padding: 0 .25em;
  border-radius: .7em; font-size: .75em; text-align: center; text-decoration: none;
  border: 1px solid currentColor; color: inherit; background: #fff; }
.badge { display: inline-block; padding: 0 .4em; border-radius: .3em; font-size: .85em; }
ol.findings { margin: .5em 0 1em; padding-left: 2.2em; }
ol.findings li { margin: .25em 0; }
ol.findings li:target { outline: 2px solid #333; }
.rule { color: #555; font-size: .9em; } .note { color: #555; font-size: .85em;
  overflow-wrap: anywhere; }
code { font-size: .9em; }
.unplaced { font-size: .85em; color: var(--unk-ink); }
details.section { border-left: 3px solid var(--line); margin: .4em 0; padding-left: .6em; }
details.section.has { border-left-color: var(--fail-ink); }
details.section.sub, h4.section.sub { margin-left: 1.5em; }
h4.section { margin: .6em 0 .2em; font-weight: 600; }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1em; }
.pair p { white-space: pre-wrap; margin: .3em 0; }
mark { background: var(--round); }
.summary span { margin-right: 1em; }
`;
