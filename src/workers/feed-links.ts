/**
 * The link of each item of a feed, by position. The feed reader turns down an item with no text
 * (many feeds list only a title and a link), and rightly so for `tally ingest feed.xml`; for a
 * watched feed such an item is still a page to fetch, and the page holds the article.
 */
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = unknown;

function asObject(node: Node): Record<string, Node> | null {
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, Node>) : null;
}

/** RSS <link>url</link>, or Atom <link href="url"/> preferring rel="alternate". */
function linkOf(item: Record<string, Node>): string | null {
  const links = Array.isArray(item['link']) ? (item['link'] as Node[]) : [];
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    const attrs = asObject(link);
    const href = attrs?.['@_href'];
    if (typeof href !== 'string' || !href.trim()) continue;
    const rel = attrs?.['@_rel'];
    if (rel === undefined || rel === 'alternate') return href.trim();
    fallback ??= href.trim();
  }
  return fallback;
}

/** Links of the items of an RSS 2.0, RSS 1.0 or Atom feed, in document order; [] if unreadable. */
export function feedItemLinks(xml: string): (string | null)[] {
  let doc: Record<string, Node> | null;
  try {
    doc = asObject(parser.parse(xml));
  } catch {
    return [];
  }
  const rss = asObject(asObject(doc?.['rss'])?.['channel']);
  const rdf = asObject(doc?.['rdf:RDF']);
  const atom = asObject(doc?.['feed']);
  const items = (rss?.['item'] ?? rdf?.['item'] ?? atom?.['entry'] ?? []) as Node[];
  return Array.isArray(items) ? items.map((item) => (asObject(item) ? linkOf(asObject(item)!) : null)) : [];
}
