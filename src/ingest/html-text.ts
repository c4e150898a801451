/**
 * Text of an HTML fragment with its paragraphs kept apart. Readability's `textContent` (and the
 * DOM's) runs blocks together ("…end of one.Start of next"), so this walks the tree and starts a
 * new paragraph at every block element and <br>.
 */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BR', 'CAPTION',
]);
// Never story text. Figure captions are dropped here because the markup says what they are.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'FIGCAPTION', 'OBJECT', 'CANVAS']);
const CELL = new Set(['TD', 'TH']);

/**
 * Ends each cell of a row until the row ends: a row of exactly two becomes "label: value", a row of
 * three or more a pipe-table line ("| Bago | 14 | 3 |"), as situation reports set their figures out.
 */
const CELL_JOIN = '\u0001';
/** What a list item's markup says, written out so that the extractor sees a list ("• 40 killed"). */
const BULLET = '• ';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The minimal DOM surface walked (linkedom's nodes satisfy it). */
interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
}

/**
 * Paragraphs of the text under `root`, whitespace collapsed, empty ones dropped. A list item
 * starts with a bullet; a table row of two cells reads "label: value" ("Killed: 1,234"), as
 * situation reports set their figures out.
 */
export function paragraphsOf(root: WalkNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let bulletDue = false;
  const flush = (): void => {
    let p = current;
    if (p.includes(CELL_JOIN)) {
      const cells = p.split(CELL_JOIN).map((c) => c.replace(/\s+/g, ' ').trim());
      if (cells[cells.length - 1] === '') cells.pop();
      p = cells.length === 2 ? `${cells[0]}: ${cells[1]}` : cells.length >= 3 ? `| ${cells.join(' | ')} |` : cells.join(' ');
    }
    p = p.replace(/\s+/g, ' ').trim().replace(/^\s*:\s*/, '');
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  // Iterative walk: deep nesting in hostile pages must not overflow the call stack.
  const stack: Array<{ node: WalkNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    const name = node.nodeName.toUpperCase();
    if (exit) {
      if (BLOCK.has(name)) flush();
      else if (CELL.has(name)) current += CELL_JOIN;
      if (name === 'LI') bulletDue = false;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (bulletDue && /\S/.test(text)) {
        bulletDue = false;
        if (current.trim() === '') current = BULLET;
      }
      current += text;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (SKIP.has(name)) continue;
    if (BLOCK.has(name)) flush();
    if (name === 'LI') bulletDue = true;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return paragraphs;
}

/** Paragraphs of an HTML fragment (feed item content, Readability's article content). */
export function htmlFragmentParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphsOf(document.body as unknown as WalkNode);
}
