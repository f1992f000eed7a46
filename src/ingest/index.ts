export { ingestBytes } from './file.js';
export { textLayout, decodeText, MAX_TEXT_BYTES } from './text.js';
export { normalizeText, matchKey } from './normalize.js';
