// How a page's elements divide its text, for the content script's DOM walk and the CLI's
// HTML reader alike: what is skipped, and what ends a block (a sentence never runs across one).

/** Tags whose text a reader does not read as article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'textarea', 'input', 'select', 'option', 'svg',
  'math', 'iframe', 'object', 'canvas', 'button',
]);

/** Tags that end a block of text: a sentence never runs across them. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
  'caption', 'html', 'head', 'title', 'option', 'legend',
]);
