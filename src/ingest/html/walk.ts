// Walk a parsed page as a reader sees it: text in document order, line breaks where blocks start
// and end and at <br>, and what is never shown left out (script, style, template, head, form
// controls, comments, elements hidden by the hidden attribute or an inline display:none /
// visibility:hidden). Iterative, with an explicit stack, so nesting depth cannot exhaust the
// call stack. Whitespace collapses as in CSS: runs become one space, except that a source line
// break between two CJK characters disappears (CSS Text 3 segment break rule; Chinese pages wrap
// their source mid-sentence).
import type { HtmlElement, HtmlNode } from './parse.js';

/** A forced line break inside collected text (a <br>, or a block inside a table cell). */
export const HARD_BREAK = '\u2028';

const NEVER_SHOWN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'option',
  'datalist',
  'textarea',
  'button',
  'input',
  'audio',
  'video',
  'img',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const PAGE_BREAK = /(?:page-break-before|break-before)\s*:\s*(?:always|page)/i;

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function isHidden(el: HtmlElement): boolean {
  if (NEVER_SHOWN.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined) return true;
  const style = attr(el, 'style');
  return style !== undefined && HIDDEN_STYLE.test(style);
}

export interface WalkVisitor {
  text(text: string): void;
  /** A block starts or ends: the current line ends. */
  block(): void;
  br(): void;
  /** A page break before this element (Word's exported HTML). */
  pageBreak?(): void;
  /** Return true when the element was handled whole (its children are not walked). */
  element?(el: HtmlElement): boolean;
}

type Frame = { node: HtmlNode } | { exit: string };

/** Walk `roots` (and their subtrees) in document order. */
export function walk(roots: readonly HtmlNode[], v: WalkVisitor): void {
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]! });
  let pre = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      if (frame.exit === 'pre') pre--;
      v.block();
      continue;
    }
    const node = frame.node;
    if (node.nodeName === '#text') {
      const value = (node as { value: string }).value;
      if (pre === 0) v.text(value);
      else
        value.split('\n').forEach((part, i) => {
          if (i > 0) v.br();
          v.text(part);
        });
      continue;
    }
    if (!isElement(node) || isHidden(node)) continue;
    const style = attr(node, 'style');
    if (style !== undefined && PAGE_BREAK.test(style)) v.pageBreak?.();
    if (node.tagName === 'br') {
      v.br();
      continue;
    }
    if (v.element?.(node)) continue;
    const children = node.childNodes;
    if (BLOCKS.has(node.tagName)) {
      v.block();
      if (node.tagName === 'pre') pre++;
      stack.push({ exit: node.tagName });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
}

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

function isWide(c: string): boolean {
  return c !== '' && c.charCodeAt(0) >= 0x2e80;
}

/** Collapse source whitespace (see the file comment); HARD_BREAK is kept. */
export function collapseSpace(raw: string): string {
  return raw.replace(COLLAPSIBLE, (run: string, at: number) => {
    if (!run.includes('\n')) return ' ';
    const before = raw.charAt(at - 1);
    const after = raw.charAt(at + run.length);
    return isWide(before) && isWide(after) ? '' : ' ';
  });
}

/** The text of a subtree, blocks and <br> as HARD_BREAK (a table cell's content). */
export function subtreeText(el: HtmlElement): string {
  let out = '';
  walk(el.childNodes, {
    text: (t) => (out += t),
    block: () => (out += HARD_BREAK),
    br: () => (out += HARD_BREAK),
  });
  return collapseSpace(out);
}
