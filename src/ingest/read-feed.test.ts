import { describe, expect, test } from 'vitest';
import { InputError } from '../core/errors.ts';
import { readFeed } from './read-feed.ts';

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lakeside Wire</title><link>https://lakeside.example/</link>
<item>
  <title>Floods &amp; fighting displace 5,000</title><link>https://lakeside.example/1</link><guid>lw-1</guid>
  <pubDate>Tue, 29 Apr 2025 10:00:00 GMT</pubDate><category>Africa</category>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>Some 5,000 people fled, officials said.</p><p>At least 12 were killed.</p>]]></content:encoded>
</item>
<item>
  <title>Only a description</title><link>https://lakeside.example/2</link>
  <pubDate>Wed, 30 Apr 2025 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;Police arrested 30 people.&lt;/p&gt;&lt;p&gt;Two were released.&lt;/p&gt;</description>
</item>
<item><title>No text at all</title><link>https://lakeside.example/3</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Atom</title>
<entry><title type="html">Toll rises to &lt;b&gt;85&lt;/b&gt;</title>
  <link rel="self" href="https://harbour.example/self/1"/><link rel="alternate" href="https://harbour.example/1"/>
  <id>tag:harbour,2025:1</id><updated>2025-03-03T10:00:00Z</updated>
  <content type="html">&lt;p&gt;The toll rose to 85.&lt;/p&gt;&lt;p&gt;Medics said so.&lt;/p&gt;</content></entry>
<entry><title>Inline XHTML</title><id>tag:harbour,2025:2</id><published>2025-03-02</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second paragraph.</p></div></content></entry>
<entry><title>Summary only</title><id>tag:harbour,2025:3</id><summary>Dozens were wounded.</summary></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
<item rdf:about="https://old.example/1"><title>RDF item</title><link>https://old.example/1</link><dc:date>2025-01-05</dc:date><description>Nine people were missing.</description></item>
</rdf:RDF>`;

describe('readFeed', () => {
  test('RSS 2.0: content:encoded preferred, HTML stripped into paragraphs, feed title as publisher, item index as line', () => {
    const results = readFeed(RSS, 'wire.xml');
    expect(results.map((r) => r.origin)).toEqual([
      { file: 'wire.xml', line: 1 },
      { file: 'wire.xml', line: 2 },
      { file: 'wire.xml', line: 3 },
    ]);
    const [first, second, third] = results;
    expect(first).toMatchObject({
      ok: true,
      article: {
        id: 'lw-1', title: 'Floods & fighting displace 5,000', publisher: 'Lakeside Wire', url: 'https://lakeside.example/1',
        published: '2025-04-29T10:00:00Z', text: 'Some 5,000 people fled, officials said.\n\nAt least 12 were killed.',
      },
    });
    expect(second).toMatchObject({
      ok: true,
      article: { id: 'https://lakeside.example/2', published: '2025-04-30T23:30:00-05:00', text: 'Police arrested 30 people.\n\nTwo were released.' },
    });
    expect(third?.ok).toBe(false);
    if (third && !third.ok) expect(third.error.message).toMatch(/no text/);
  });

  test('Atom: alternate link, escaped HTML content, inline XHTML, summary fallback', () => {
    const results = readFeed(ATOM, 'harbour.atom');
    expect(results.every((r) => r.ok)).toBe(true);
    const articles = results.map((r) => (r.ok ? r.article : null));
    expect(articles[0]).toMatchObject({
      id: 'tag:harbour,2025:1', title: 'Toll rises to 85', url: 'https://harbour.example/1', publisher: 'Harbour Atom',
      published: '2025-03-03T10:00:00Z', text: 'The toll rose to 85.\n\nMedics said so.',
    });
    expect(articles[1]).toMatchObject({ published: '2025-03-02', text: 'First paragraph.\n\nSecond paragraph.' });
    expect(articles[2]).toMatchObject({ text: 'Dozens were wounded.', url: null });
  });

  test('RSS 1.0 (RDF)', () => {
    const [only] = readFeed(RDF, 'old.rdf');
    expect(only).toMatchObject({ ok: true, article: { title: 'RDF item', publisher: 'Old Wire', published: '2025-01-05', text: 'Nine people were missing.' } });
  });

  test('an item whose HTML content nests too deeply fails alone, before it is parsed', () => {
    const deep = `${'<div>'.repeat(6000)}x${'</div>'.repeat(6000)}`.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const xml = `<rss version="2.0"><channel><title>W</title><item><title>A</title><description>${deep}</description></item><item><title>B</title><description>Nine people were missing.</description></item></channel></rss>`;
    const results = readFeed(xml, 'deep.xml');
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    const [first] = results;
    if (first && !first.ok) expect(first.error.message).toMatch(/nested too deeply/);
  });

  test.each([
    ['not XML', 'just some words', /not an RSS or Atom feed|malformed XML/],
    ['XML that is not a feed', '<?xml version="1.0"?><catalog><book>x</book></catalog>', /not an RSS or Atom feed/],
    ['a feed with no items', '<rss version="2.0"><channel><title>Empty</title></channel></rss>', /no items/],
  ])('%s → InputError for the file', (_name, xml, message) => {
    expect(() => readFeed(xml, 'bad.xml')).toThrow(InputError);
    expect(() => readFeed(xml, 'bad.xml')).toThrow(message);
  });
});
