import { describe, expect, test } from 'vitest';
import { InputError } from '../core/errors.ts';
import { readHtml } from './read-html.ts';

const origin = { file: 'page.html' };
const P1 = 'GOMA - At least 40 people were killed in shelling on Tuesday, local officials said.';
const P2 = 'Another 120 were wounded, according to a hospital in the city, which has been cut off for a week.';

function page(head: string, body = `<article><h1>Heading</h1><p>${P1}</p><p>${P2}</p></article>`): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<footer>© 2025 Site</footer></body></html>`;
}

describe('readHtml: metadata', () => {
  test.each([
    {
      name: 'JSON-LD NewsArticle wins over meta tags',
      head: `<title>Meta title | Congo Courier</title><meta property="og:site_name" content="Courier Site"><meta property="article:published_time" content="2025-02-01T10:00:00Z">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2025-02-03T09:00:00+01:00","publisher":{"@type":"Organization","name":"Congo Courier"}}</script>`,
      expected: { title: 'LD headline', publisher: 'Congo Courier', published: '2025-02-03T09:00:00+01:00' },
    },
    {
      name: 'JSON-LD inside @graph, with a broken block before it',
      head: `<script type="application/ld+json">{not json</script><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2025-02-03","publisher":{"name":"Graph Wire"}}]}</script>`,
      expected: { title: 'Graph headline', publisher: 'Graph Wire', published: '2025-02-03' },
    },
    {
      name: 'Open Graph and article:published_time; " | Site" stripped from og:title',
      head: `<meta property="og:title" content="Shelling kills dozens in Goma | Congo Courier"><meta property="og:site_name" content="Congo Courier"><meta property="article:published_time" content="2025-02-03T09:00:00Z">`,
      expected: { title: 'Shelling kills dozens in Goma', publisher: 'Congo Courier', published: '2025-02-03T09:00:00Z' },
    },
    {
      name: '<title> with a dash suffix naming the site; a prose date meta tag',
      head: `<title>Shelling kills dozens in Goma - Congo Courier</title><meta property="og:site_name" content="Congo Courier"><meta name="date" content="Mon, 03 Feb 2025 09:00:00 GMT">`,
      expected: { title: 'Shelling kills dozens in Goma', publisher: 'Congo Courier', published: '2025-02-03T09:00:00Z' },
    },
    {
      name: 'a dash in the headline that does not name the site is kept',
      head: `<title>Goma - a city under siege</title>`,
      expected: { title: 'Goma - a city under siege', publisher: null, published: null },
    },
  ])('$name', ({ head, expected }) => {
    const article = readHtml(page(head), origin);
    expect({ title: article.title, publisher: article.publisher, published: article.published }).toEqual(expected);
    expect(article.language).toBe('en');
  });

  test('with no meta tags, publisher and date come from the byline Readability finds', () => {
    const body = `<article><h1>Shelling kills dozens</h1><p class="byline">By Jane Doe, Congo Courier · 3 February 2025</p><p>${P1}</p><p>${P2}</p></article>`;
    const article = readHtml(page('<title>Shelling kills dozens</title>', body), origin);
    expect({ publisher: article.publisher, published: article.published }).toEqual({ publisher: 'Congo Courier', published: '2025-02-03' });
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });

  test('canonical link is the url', () => {
    const article = readHtml(page('<link rel="canonical" href="https://courier.example/goma">'), origin);
    expect(article.url).toBe('https://courier.example/goma');
  });
});

describe('readHtml: body', () => {
  test('paragraphs are separated by blank lines; nav, footer, captions and scripts are not text', () => {
    const body = `<article><p>${P1}</p><figure><img src="a.jpg"><figcaption>Smoke over the city.</figcaption></figure><script>var x = 1;</script><p>Another <b>120</b> were wounded, according to a hospital in the city,<br>which has been cut off for a week.</p><ul><li>First point of a list in the story.</li><li>Second point.</li></ul></article>`;
    const article = readHtml(page('<title>T</title>', body), origin);
    expect(article.text).toBe(
      `${P1}\n\nAnother 120 were wounded, according to a hospital in the city,\n\nwhich has been cut off for a week.\n\n• First point of a list in the story.\n\n• Second point.`,
    );
  });

  test('a table row of two cells reads "label: value", a longer one a pipe-table line; list items keep a bullet', () => {
    const body = `<article><p>${P1}</p><p>The health office gave the following figures on Monday:</p><table><tr><th>Killed</th><td>112</td></tr><tr><td>Injured</td><td> 340 </td></tr><tr><td>Goma</td><td>40</td><td>12</td></tr></table><ul><li><p>52 people <b>killed</b> in the past week</p></li><li></li></ul><p>${P2}</p></article>`;
    expect(readHtml(page('<title>T</title>', body), origin).text.split('\n\n')).toEqual([
      P1, 'The health office gave the following figures on Monday:', 'Killed: 112', 'Injured: 340', '| Goma | 40 | 12 |', '• 52 people killed in the past week', P2,
    ]);
  });

  test('entities are decoded and whitespace (no-break spaces too) collapsed inside a paragraph', () => {
    const body = `<article><p>Officials&nbsp;said   40 people\n   were killed &amp; 120 wounded in the attack on the market.</p><p>${P2}</p></article>`;
    expect(readHtml(page('', body), origin).text.split('\n\n')[0]).toBe('Officials said 40 people were killed & 120 wounded in the attack on the market.');
  });

  test('a bare fragment is read too', () => {
    expect(readHtml(`<p>${P1}</p><p>${P2}</p>`, origin).text).toBe(`${P1}\n\n${P2}`);
  });
});

describe('readHtml: no article', () => {
  test.each([
    ['an empty body', '<html><body></body></html>'],
    ['menus only', '<html><body><nav><a href="/">Home</a><a href="/w">World</a></nav><footer>© 2025</footer></body></html>'],
    ['script only', '<html><head><script>document.write("x")</script></head><body></body></html>'],
  ])('%s → InputError', (_name, html) => {
    expect(() => readHtml(html, origin)).toThrow(InputError);
    expect(() => readHtml(html, origin)).toThrow(/no article found in HTML/);
  });

  test('hostile nesting is refused before readability (whose time explodes with depth)', () => {
    const deep = `<html><body>${'<div>'.repeat(1000)}<p>${P1}</p>${'</div>'.repeat(1000)}</body></html>`;
    expect(() => readHtml(deep, origin)).toThrow(/HTML nested too deeply \(over 128 levels\)/);
  });

  test('nesting so deep that parsing itself would take minutes is refused before parsing', () => {
    const deep = `<html><body>${'<div>'.repeat(200_000)}<p>${P1}</p>${'</div>'.repeat(200_000)}</body></html>`;
    expect(() => readHtml(deep, origin)).toThrow(/HTML nested too deeply \(over 5000 open tags\)/);
  });

  test('ordinary nesting is read', () => {
    const nested = `<html><body>${'<div>'.repeat(40)}<p>${P1}</p><p>${P2}</p>${'</div>'.repeat(40)}</body></html>`;
    expect(readHtml(nested, origin).text).toBe(`${P1}\n\n${P2}`);
  });
});
