/**
 * A local news site for the worker tests and bench, on 127.0.0.1 with a random port: RSS feeds
 * whose items link to article pages with countable claims, and the hostile cases a crawler must
 * survive (malformed feed, a page with no article, a 50 MB page, a server that never answers, a
 * redirect loop, a page that fails twice before it works, conditional GET with ETag).
 * Every article text here is written for these tests.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a link feed is written: RSS with summaries, RSS with only title and link, or bare Atom. */
export type LinkFeedStyle = 'rss' | 'rss-bare' | 'atom-bare';

export interface NewsServer {
  origin: string;
  /** Requests seen, by path (query excluded). */
  hits: Map<string, number>;
  /** User-Agent header of the last request. */
  lastUserAgent: string | null;
  /** Feed `name` lists `count` articles; ids are `${name}-${i}`. */
  addFeed(name: string, count: number): string;
  /** A feed whose items link to the given paths of this server (hostile pages included). */
  addLinkFeed(name: string, paths: string[], style?: LinkFeedStyle): string;
  /** Adds `more` items to an existing feed (its ETag changes). */
  growFeed(name: string, more: number): void;
  feedUrl(name: string): string;
  /** Delay before each article page is served, in ms (to keep workers busy mid-run). */
  articleDelayMs: number;
  /** Holds every article request from now on, until resume(): freezes workers mid-job. */
  pause(): void;
  resume(): void;
  /** Article requests held by pause() and not yet answered. */
  readonly held: number;
  /** Most article requests open at the same time since the last resetInFlight(). */
  readonly maxInFlight: number;
  resetInFlight(): void;
  articleUrl(id: string): string;
  close(): Promise<void>;
}

const PLACES = ['Kessler Ridge', 'the northern valley', 'Port Amaro', 'the river crossing', 'Dunmore'];
const SPEAKERS = ['the regional health ministry', 'a military spokesperson', 'the local governor', 'the United Nations office'];

/** A short article with two figures; numbers derive from the id so every page is distinct. */
export function articleText(id: string): { title: string; paragraphs: string[] } {
  const n = hash(id);
  const killed = 3 + (n % 97);
  const wounded = 10 + ((n >> 7) % 400);
  const place = PLACES[n % PLACES.length]!;
  const speaker = SPEAKERS[(n >> 3) % SPEAKERS.length]!;
  return {
    title: `Shelling near ${place} leaves ${killed} dead (${id})`,
    paragraphs: [
      `At least ${killed} civilians were killed and ${wounded} wounded in overnight shelling near ${place}, ${speaker} said on Tuesday.`,
      `Report ${id}: residents described hours of heavy fire before rescue teams could reach the damaged buildings at dawn.`,
      'Aid convoys were expected later in the week, officials added, though roads into the area remained closed.',
    ],
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function articleHtml(id: string): string {
  const { title, paragraphs } = articleText(id);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Test Wire</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Test Wire staff</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Test Wire</footer></body></html>`;
}

function feedXml(origin: string, name: string, ids: string[]): string {
  const items = ids
    .map(
      (id) => `<item><title>${articleText(id).title}</title><link>${origin}/article/${id}</link>` +
        `<guid>${origin}/article/${id}</guid><pubDate>Tue, 29 Apr 2025 08:00:00 GMT</pubDate>` +
        `<description>Short summary of ${id}.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire: ${name}</title>` +
    `<link>${origin}/</link><description>Feed ${name}</description>${items}</channel></rss>`;
}

function linkFeedXml(origin: string, name: string, paths: string[], style: LinkFeedStyle = 'rss'): string {
  if (style === 'atom-bare') {
    const entries = paths
      .map((p, i) => `<entry><title>Entry ${i + 1}</title><id>urn:test:${name}:${i + 1}</id>` +
        `<link rel="self" href="${origin}/self/${i + 1}"/><link rel="alternate" href="${origin}${p}"/></entry>`)
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire: ${name}</title>${entries}</feed>`;
  }
  const items = paths
    .map((p, i) => `<item><title>Item ${i + 1} of ${name}</title><link>${origin}${p}</link>` +
      (style === 'rss' ? `<description>Summary of item ${i + 1}.</description>` : '') + '</item>')
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire: ${name}</title>` +
    `<link>${origin}/</link><description>Feed ${name}</description>${items}</channel></rss>`;
}

export async function startNewsServer(): Promise<NewsServer> {
  const feeds = new Map<string, { ids: string[]; version: number; links?: string[]; style?: LinkFeedStyle }>();
  const hits = new Map<string, number>();
  const flakyAttempts = new Map<string, number>();
  const openResponses = new Set<ServerResponse>();
  const state = { lastUserAgent: null as string | null, articleDelayMs: 0 };
  let heldArticles: (() => void)[] | null = null;
  const inFlight = { now: 0, max: 0 };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    state.lastUserAgent = req.headers['user-agent'] ?? null;
    openResponses.add(res);
    res.on('close', () => openResponses.delete(res));

    let m: RegExpExecArray | null;
    if ((m = /^\/feed\/([\w-]{1,60})\.xml$/.exec(path))) {
      const feed = feeds.get(m[1]!);
      if (!feed) return send(res, 404, 'text/plain', 'no such feed');
      const etag = `"${m[1]}-v${feed.version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.setHeader('etag', etag);
      const xml = feed.links ? linkFeedXml(origin(), m[1]!, feed.links, feed.style) : feedXml(origin(), m[1]!, feed.ids);
      return send(res, 200, 'application/rss+xml; charset=utf-8', xml);
    }
    if ((m = /^\/article\/([\w-]{1,80})$/.exec(path))) {
      const id = m[1]!;
      inFlight.now += 1;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      res.on('close', () => (inFlight.now -= 1));
      if (heldArticles) {
        heldArticles.push(() => send(res, 200, 'text/html; charset=utf-8', articleHtml(id)));
        return;
      }
      if (state.articleDelayMs > 0) {
        setTimeout(() => send(res, 200, 'text/html; charset=utf-8', articleHtml(id)), state.articleDelayMs);
        return;
      }
      return send(res, 200, 'text/html; charset=utf-8', articleHtml(id));
    }
    if ((m = /^\/canonical-home\/([\w-]{1,80})$/.exec(path))) {
      // A site that gives every page the home page as canonical URL.
      return send(res, 200, 'text/html; charset=utf-8', articleHtml(m[1]!).replace('<head>', `<head><link rel="canonical" href="${origin()}/">`));
    }
    if ((m = /^\/flaky\/([\w-]{1,80})$/.exec(path))) {
      // Fails twice with 503, then serves the article: exercises retry with backoff.
      const seen = (flakyAttempts.get(path) ?? 0) + 1;
      flakyAttempts.set(path, seen);
      if (seen <= 2) return send(res, 503, 'text/plain', 'busy');
      return send(res, 200, 'text/html; charset=utf-8', articleHtml(m[1]!));
    }
    switch (path) {
      case '/malformed.xml':
        return send(res, 200, 'application/rss+xml', '<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>Unclosed');
      case '/not-article':
        return send(res, 200, 'text/html', '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
      case '/image':
        return send(res, 200, 'image/png', 'PNG');
      case '/gone':
        return send(res, 404, 'text/plain', 'not found');
      case '/huge':
        return streamHuge(res, 50 * 1024 * 1024);
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return res.end();
      case '/slow':
        // Sends headers, then nothing: the body never ends.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        return;
      case '/drip': {
        // A byte every 200 ms, forever: no idle timeout fires, only a total deadline stops it.
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write(' '), 200);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/hang':
        return; // never answers at all
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        return res.end();
      case '/loop-b':
        res.writeHead(302, { location: '/loop-a' });
        return res.end();
      case '/redirect-to-article':
        res.writeHead(301, { location: '/article/redirected-1' });
        return res.end();
      default:
        return send(res, 404, 'text/plain', 'not found');
    }
  });

  function origin(): string {
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = origin();
  return {
    origin: base,
    hits,
    get lastUserAgent() {
      return state.lastUserAgent;
    },
    get articleDelayMs() {
      return state.articleDelayMs;
    },
    set articleDelayMs(ms: number) {
      state.articleDelayMs = ms;
    },
    pause() {
      heldArticles ??= [];
    },
    resume() {
      const held = heldArticles ?? [];
      heldArticles = null;
      for (const answer of held) answer();
    },
    get held() {
      return heldArticles?.length ?? 0;
    },
    get maxInFlight() {
      return inFlight.max;
    },
    resetInFlight() {
      inFlight.max = inFlight.now;
    },
    addLinkFeed(name, paths, style = 'rss') {
      feeds.set(name, { ids: [], version: 1, links: paths, style });
      return `${base}/feed/${name}.xml`;
    },
    addFeed(name, count) {
      feeds.set(name, { ids: Array.from({ length: count }, (_, i) => `${name}-${i + 1}`), version: 1 });
      return `${base}/feed/${name}.xml`;
    },
    growFeed(name, more) {
      const feed = feeds.get(name);
      if (!feed) throw new Error(`no feed ${name}`);
      const start = feed.ids.length;
      for (let i = 1; i <= more; i++) feed.ids.push(`${name}-${start + i}`);
      feed.version += 1;
    },
    feedUrl: (name) => `${base}/feed/${name}.xml`,
    articleUrl: (id) => `${base}/article/${id}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of openResponses) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // The client may be gone (a killed worker): nothing to answer then.
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Streams `total` bytes of filler without a Content-Length, so only a streaming cap stops it. */
function streamHuge(res: ServerResponse, total: number): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.on('error', () => undefined);
  pump();
}
