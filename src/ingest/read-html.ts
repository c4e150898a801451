/**
 * A saved news page: the story through @mozilla/readability (on linkedom's DOM), its paragraphs
 * kept apart by walking block elements; title, publisher and date from the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { normalizeDate } from './dates.ts';
import { readPageMeta } from './html-meta.ts';
import type { MetaDocument } from './html-meta.ts';
import { htmlFragmentParagraphs } from './html-text.ts';
import { joinParagraphs } from './paragraphs.ts';
import { isBodyLike } from './txt-chrome.ts';
import { stripTitleSuffix } from './title.ts';
import type { Origin } from './types.ts';

const MIN_ARTICLE_CHARS = 200;

/**
 * Read one HTML page. Throws InputError when the page holds no article text.
 *
 * @example readHtml('<html><head><meta property="og:site_name" content="Wire">…', { file: 'page.html' })
 */
export function readHtml(html: string, origin: Origin): Article {
  // linkedom builds no <body> for a bare fragment; Readability needs one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  // Metadata first: Readability rewrites the document it is given.
  const meta = readPageMeta(document as unknown as MetaDocument);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch (err) {
    throw new InputError(`cannot parse HTML: ${err instanceof Error ? err.message : String(err)}`, origin);
  }
  const paragraphs = parsed?.content ? htmlFragmentParagraphs(parsed.content) : [];
  const text = joinParagraphs(paragraphs);
  // Readability returns its best guess even for a page of menus; a story has at least one sentence.
  if (!paragraphs.some(isBodyLike) && text.length < MIN_ARTICLE_CHARS) throw new InputError('no article found in HTML', origin, 'is this a news page?');

  const publisher = meta.publisher ?? parsed?.siteName?.trim() ?? null;
  const rawTitle = meta.title ?? parsed?.title?.trim() ?? null;
  return {
    id: null,
    title: rawTitle ? stripTitleSuffix(rawTitle, publisher) : null,
    publisher,
    published: normalizeDate(meta.published ?? parsed?.publishedTime ?? null),
    url: meta.url,
    language: meta.language ?? parsed?.lang ?? null,
    text,
  };
}
