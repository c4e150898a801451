/**
 * A saved news page: the story through @mozilla/readability (on linkedom's DOM), its paragraphs
 * kept apart by walking block elements; title, publisher and date from the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { normalizeDate } from './dates.ts';
import { MAX_RAW_NESTING, tooDeepToParse } from './html-depth.ts';
import { readPageMeta } from './html-meta.ts';
import type { MetaDocument } from './html-meta.ts';
import { htmlFragmentParagraphs } from './html-text.ts';
import { joinParagraphs } from './paragraphs.ts';
import { isBodyLike } from './txt-chrome.ts';
import { stripTitleSuffix } from './title.ts';
import { parseHeaderLine } from './txt-header.ts';
import type { Origin } from './types.ts';

const MIN_ARTICLE_CHARS = 200;
// Readability's time grows much faster than linearly with nesting depth (2 s at 250 levels, minutes
// at 1,000); news pages stay well under 60. Deeper documents are refused, not waited on.
const MAX_DEPTH = 128;
// Readability's own cap on the elements it scores (it throws beyond it).
const MAX_ELEMENTS = 200_000;

interface TreeNode {
  nodeType: number;
  childNodes: ArrayLike<TreeNode>;
}

/** True when some element is nested deeper than `limit` (iterative: the page may be hostile). */
function nestedDeeperThan(root: TreeNode, limit: number): boolean {
  const stack: Array<[TreeNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (child && child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Read one HTML page. Throws InputError when the page holds no article text.
 *
 * @example readHtml('<html><head><meta property="og:site_name" content="Wire">…', { file: 'page.html' })
 */
export function readHtml(html: string, origin: Origin): Article {
  if (tooDeepToParse(html)) {
    throw new InputError(`HTML nested too deeply (over ${MAX_RAW_NESTING} open tags)`, origin, 'is this a news page?');
  }
  // linkedom builds no <body> for a bare fragment; Readability needs one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  // Metadata first: Readability rewrites the document it is given.
  const meta = readPageMeta(document as unknown as MetaDocument);
  if (nestedDeeperThan(document as unknown as TreeNode, MAX_DEPTH)) {
    throw new InputError(`HTML nested too deeply (over ${MAX_DEPTH} levels)`, origin, 'is this a news page?');
  }
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch (err) {
    throw new InputError(`cannot parse HTML: ${err instanceof Error ? err.message : String(err)}`, origin);
  }
  const bylineText = parsed?.byline?.replace(/\s+/g, ' ').trim();
  // Readability names the byline but does not always take it out of the content.
  const paragraphs = (parsed?.content ? htmlFragmentParagraphs(parsed.content) : []).filter((p) => p !== bylineText);
  const text = joinParagraphs(paragraphs);
  // Readability returns its best guess even for a page of menus; a story has at least one sentence.
  if (!paragraphs.some(isBodyLike) && text.length < MIN_ARTICLE_CHARS) throw new InputError('no article found in HTML', origin, 'is this a news page?');

  // The byline Readability lifted out ("By Jane Doe, Reuters · 3 March 2025") when meta tags are silent.
  const byline = bylineText ? parseHeaderLine(bylineText) : null;
  const publisher = meta.publisher ?? parsed?.siteName?.trim() ?? byline?.publisher ?? null;
  const rawTitle = meta.title ?? parsed?.title?.trim() ?? null;
  return {
    id: null,
    title: rawTitle ? stripTitleSuffix(rawTitle, publisher) : null,
    publisher,
    published: normalizeDate(meta.published ?? parsed?.publishedTime ?? null) ?? byline?.published ?? null,
    url: meta.url,
    language: meta.language ?? parsed?.lang ?? null,
    text,
  };
}
