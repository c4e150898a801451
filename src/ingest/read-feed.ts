/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds through fast-xml-parser: each item or entry an article
 * (title, link as url, pubDate/updated as published, content:encoded/content/description
 * stripped of HTML as text, the feed's title as publisher). An item with no text is a failure
 * of that item only; a file that is no feed is one InputError.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../core/article.ts';
import { InputError } from '../core/errors.ts';
import { normalizeDate } from './dates.ts';
import { MAX_RAW_NESTING, tooDeepToParse } from './html-depth.ts';
import { htmlFragmentParagraphs } from './html-text.ts';
import { joinParagraphs } from './paragraphs.ts';
import type { ReadResult } from './types.ts';

type Node = string | number | boolean | null | undefined | Node[] | { [key: string]: Node };
type NodeObject = { [key: string]: Node };

const ALWAYS_ARRAY = new Set(['item', 'entry', 'category', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ALWAYS_ARRAY.has(name),
});

function isObject(node: Node): node is NodeObject {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** Text of a node: a string, a {#text} object, or nested XHTML (Atom type="xhtml"). */
function textOf(node: Node): string {
  if (node == null) return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) return node.map(textOf).filter((s) => s !== '').join('\n\n');
  const own = node['#text'];
  const parts: string[] = own !== undefined ? [textOf(own)] : [];
  for (const [key, value] of Object.entries(node)) {
    if (key !== '#text' && !key.startsWith('@_')) parts.push(textOf(value));
  }
  return parts.filter((s) => s !== '').join('\n\n');
}

function first(node: NodeObject, ...keys: string[]): Node {
  for (const key of keys) {
    const value = node[key];
    if (value !== undefined && textOf(value).trim() !== '') return value;
  }
  return undefined;
}

/** RSS <link>text</link> or Atom <link rel="alternate" href="…"/>. */
function linkOf(item: NodeObject): string | null {
  const links = item['link'];
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  let fallback: string | null = null;
  for (const link of list) {
    if (isObject(link)) {
      const href = link['@_href'];
      if (typeof href !== 'string') continue;
      const rel = link['@_rel'];
      if (rel === undefined || rel === 'alternate') return href.trim();
      fallback ??= href.trim();
    } else {
      const t = textOf(link).trim();
      if (t !== '') return t;
    }
  }
  return fallback;
}

/** Paragraphs of an HTML string from the feed, refusing hostile nesting before it is parsed. */
function htmlParagraphs(html: string): string[] {
  if (tooDeepToParse(html)) throw new InputError(`feed item content nested too deeply (over ${MAX_RAW_NESTING} open tags)`);
  return htmlFragmentParagraphs(html);
}

/** Paragraphs of an item's content: escaped/CDATA HTML as a string, or inline XHTML as nodes. */
function contentParagraphs(node: Node): string[] {
  if (typeof node === 'string') return htmlParagraphs(node);
  // <content type="html">…</content>: attributes and text only, the text being escaped HTML.
  if (isObject(node) && Object.keys(node).every((k) => k === '#text' || k.startsWith('@_'))) {
    return htmlParagraphs(textOf(node['#text']));
  }
  return textOf(node)
    .split(/\n\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

function itemToArticle(item: NodeObject, publisher: string | null): Article | InputError {
  const body = first(item, 'content:encoded', 'content', 'description', 'summary');
  let text: string;
  try {
    text = joinParagraphs(contentParagraphs(body));
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  if (text === '') return new InputError('feed item has no text (no content:encoded, content or description)');
  const title = textOf(first(item, 'title')).trim();
  const guid = textOf(first(item, 'guid', 'id')).trim();
  const url = linkOf(item);
  return {
    id: guid || url || null,
    title: title && !tooDeepToParse(title) ? htmlFragmentParagraphs(title).join(' ') || null : null,
    publisher,
    published: normalizeDate(textOf(first(item, 'pubDate', 'published', 'dc:date', 'updated')) || null),
    url,
    language: null,
    text,
  };
}

/**
 * Read a feed document; one result per item, `origin.line` = the item's 1-based index.
 * Throws InputError when the XML is not a feed.
 */
export function readFeed(xml: string, file: string): ReadResult[] {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new InputError(`malformed XML: ${err instanceof Error ? err.message : String(err)}`, { file });
  }
  if (!isObject(doc)) throw new InputError('not an RSS or Atom feed', { file });
  const rss = doc['rss'];
  const rdf = doc['rdf:RDF'];
  const atom = doc['feed'];
  let channel: NodeObject | null = null;
  let items: Node[] = [];
  if (isObject(rss) && isObject(rss['channel'])) {
    channel = rss['channel'];
    items = (channel['item'] as Node[] | undefined) ?? [];
  } else if (isObject(rdf)) {
    channel = isObject(rdf['channel']) ? rdf['channel'] : null;
    items = (rdf['item'] as Node[] | undefined) ?? [];
  } else if (isObject(atom)) {
    channel = atom;
    items = (atom['entry'] as Node[] | undefined) ?? [];
  } else {
    throw new InputError('not an RSS or Atom feed', { file }, 'expected <rss>, <rdf:RDF> or <feed>');
  }
  if (items.length === 0) throw new InputError('feed has no items', { file });
  const feedTitle = channel ? textOf(first(channel, 'title')).trim() || null : null;
  return items.map((item, index): ReadResult => {
    const origin = { file, line: index + 1 };
    const result = isObject(item) ? itemToArticle(item, feedTitle) : new InputError('feed item is empty');
    if (result instanceof InputError) return { ok: false, error: new InputError(result.message, origin, result.hint), origin };
    return { ok: true, article: result, origin };
  });
}
