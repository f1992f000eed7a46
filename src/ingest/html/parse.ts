// HTML text → a parse5 document (a parser only: nothing is fetched, no script runs). Hostile
// markup can make an HTML parser build far more than it reads: each <p> re-opens every unclosed
// formatting element (<b class=c1>x<p><b class=c2>x<p>… builds a quadratic number of elements:
// 330 KB of it exhausted 4 GB), and deep nesting grows the tree without bound. The tree adapter
// below counts what the parser creates and how deep it appends, and stops it past the caps.
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes, type TreeAdapter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { InputError } from '../../model/errors.js';

/**
 * Elements per byte of markup: a real page creates at most one element per tag (≥ 3 bytes, "<p>");
 * the parser's re-opened formatting elements add a few more. Beyond this the page is an attack.
 */
const MAX_ELEMENTS_PER_BYTE = 1 / 2;
/** Elements any page may create, however small. */
const MIN_ELEMENT_CAP = 10_000;
/** Nesting depth: browsers flatten trees deeper than 512 (Blink); real pages stay under 100. */
export const MAX_HTML_DEPTH = 2_000;

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

class Stop extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function cappedAdapter(maxElements: number): TreeAdapter<DefaultTreeAdapterMap> {
  let elements = 0;
  const depth = new WeakMap<object, number>();
  const track = (parent: object, child: object): void => {
    const d = (depth.get(parent) ?? 0) + 1;
    if (d > MAX_HTML_DEPTH) throw new Stop(`elements nested more than ${MAX_HTML_DEPTH} deep`);
    depth.set(child, d);
  };
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > maxElements)
        throw new Stop(
          `more than ${maxElements} elements for its size (malformed or hostile markup)`,
        );
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    appendChild(parent, child) {
      track(parent, child);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      track(parent, child);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
  };
}

export function parseHtml(text: string, file: string): HtmlDocument {
  const cap = Math.max(MIN_ELEMENT_CAP, Math.ceil(text.length * MAX_ELEMENTS_PER_BYTE));
  try {
    return parse(text, { treeAdapter: cappedAdapter(cap) });
  } catch (e) {
    if (e instanceof Stop)
      throw new InputError('unsupported', `${file}: the page was not read: ${e.reason}`, { file });
    throw e;
  }
}
