// Every text that reaches the HTML report passes through here: documents are untrusted input and
// may contain markup (a "<script>" in a project name must stay text).
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An attribute value with line breaks kept (hover titles). */
export function escAttr(text: string): string {
  return esc(text).replace(/\n/g, '&#10;');
}

/** An id fragment made of safe characters only. */
export function anchorId(...parts: (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
}
