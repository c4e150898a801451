/**
 * Title, publisher, date, url and language of a news page from its metadata: JSON-LD
 * (NewsArticle headline / datePublished / publisher.name), Open Graph and article:* meta tags,
 * the other common date tags, <title>. JSON-LD first: it is the most deliberate of them.
 */

/** The DOM surface read here (linkedom's Document satisfies it). */
export interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/** Metadata as the page states it; dates are still raw strings here. */
export interface PageMeta {
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|ReportageNewsArticle)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** The first article node in the page's JSON-LD blocks (arrays and @graph included). */
function findArticleNode(doc: MetaDocument): JsonObject | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: Json;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '') as Json;
    } catch {
      continue; // a broken block on a page is common and not the reader's failure
    }
    const queue: Json[] = [parsed];
    // Bounded breadth-first search: only the top levels hold the article node.
    for (let n = 0; queue.length > 0 && n < 200; n++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (isObject(node)) {
        if (types(node).some((t) => ARTICLE_TYPE.test(t))) return node;
        const graph = node['@graph'];
        if (graph !== undefined) queue.push(graph);
      }
    }
  }
  return null;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['@id'] ?? value['url']);
  return null;
}

function meta(doc: MetaDocument, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** Read the page's metadata. Every field may be null. */
export function readPageMeta(doc: MetaDocument): PageMeta {
  const ld = findArticleNode(doc);
  const titleTag = doc.querySelector('title')?.textContent?.trim() || null;
  return {
    title:
      text(ld?.['headline']) ??
      meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]') ??
      titleTag,
    publisher:
      text(ld?.['publisher']) ??
      meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]'),
    published:
      text(ld?.['datePublished']) ??
      meta(
        doc,
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="date"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dc.date"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="sailthru.date"]',
      ) ??
      (doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null),
    url:
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
      meta(doc, 'meta[property="og:url"]') ||
      text(ld?.['url']),
    language: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'meta[http-equiv="content-language"]'),
  };
}
