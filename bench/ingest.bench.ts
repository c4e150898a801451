/**
 * Reading speed and memory of the readers, in-process (no CLI start-up): JSONL streamed from a
 * large file (throughput, and peak RSS growth to show memory does not grow with the file), a
 * 100 MB single JSONL line (refused without buffering it whole), pasted-text, HTML and feed
 * readers on generated articles. Peak RSS is sampled every 50 ms while a run goes on.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/read-inputs.ts';
import { readTxt } from '../src/ingest/read-txt.ts';
import { readHtml } from '../src/ingest/read-html.ts';
import { readFeed } from '../src/ingest/read-feed.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;

const PARAGRAPH =
  'Shelling on the eastern edge of the city killed at least 12 people and wounded 40 on Tuesday, local officials said, ' +
  'as the army and rebel fighters traded fire for a third day and thousands of families fled toward the lake shore.';
const STORY = Array.from({ length: 20 }, () => PARAGRAPH).join('\n\n'); // ~4.4 KB

async function writeFile(path: string, write: (put: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  const put = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(put);
  out.end();
  await once(out, 'finish');
}

/** Run `fn`, sampling RSS; returns seconds and peak RSS growth over the start. */
async function measure(fn: () => Promise<number>): Promise<{ seconds: number; peakMb: number; count: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const count = await fn();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakMb: (peak - base) / MB, count };
}

async function drain(paths: string[]): Promise<number> {
  let n = 0;
  for await (const r of readInputs(paths)) if (r.ok || r.error) n++;
  return n;
}

function repeat(fn: () => void, seconds = 2): { perSecond: number; runs: number } {
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    fn();
    runs++;
  }
  return { perSecond: runs / ((performance.now() - t0) / 1000), runs };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-ingest-'));
  const rows: string[] = [];
  try {
    // JSONL, two sizes: memory should not follow the file size.
    for (const records of [5_000, 40_000]) {
      const path = join(dir, `articles-${records}.jsonl`);
      await writeFile(path, async (put) => {
        for (let i = 0; i < records; i++) await put(`${JSON.stringify({ id: `a${i}`, published: '2025-04-30', text: STORY })}\n`);
      });
      const size = statSync(path).size / MB;
      const m = await measure(() => drain([path]));
      rows.push(
        `| JSONL, ${records.toLocaleString('en-US')} records (${size.toFixed(0)} MB), streamed | ${(size / m.seconds).toFixed(0)} MB/s, ${(m.count / m.seconds).toFixed(0)} records/s | +${m.peakMb.toFixed(0)} MB |`,
      );
    }

    // One 100 MB line, then a normal one: refused by the 50 MB cap, skipped without holding it all.
    const huge = join(dir, 'huge-line.jsonl');
    await writeFile(huge, async (put) => {
      const block = 'a'.repeat(MB);
      await put('{"text": "');
      for (let i = 0; i < 100; i++) await put(block);
      await put('"}\n{"text": "after"}\n');
    });
    const h = await measure(() => drain([huge]));
    rows.push(`| JSONL, one 100 MB line + one record (line refused at 50 MB) | ${(100 / h.seconds).toFixed(0)} MB/s | +${h.peakMb.toFixed(0)} MB |`);

    // Whole-document readers, in-process.
    const pasted = `Shelling kills dozens\n\nCongo Courier Published 4 Feb, 2025 09:30am\n${STORY}\n\nRelated articles\nRebels advance\n© 2025 Congo Courier\n`;
    const txt = repeat(() => readTxt(pasted, { file: 'bench.txt' }));
    rows.push(`| pasted .txt (4.4 KB story with header and chrome) | ${txt.perSecond.toFixed(0)} articles/s | — |`);

    const html = readFileSync(join(ROOT, 'samples/myanmar-earthquake.html'), 'utf8');
    const page = repeat(() => readHtml(html, { file: 'bench.html' }));
    rows.push(`| .html (samples/myanmar-earthquake.html, ${(html.length / 1024).toFixed(1)} KB) via readability + linkedom | ${page.perSecond.toFixed(0)} pages/s | — |`);

    const items = Array.from(
      { length: 200 },
      (_, i) => `<item><title>Item ${i}</title><guid>g${i}</guid><pubDate>Tue, 29 Apr 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${STORY.split('\n\n').join('</p><p>')}</p>]]></content:encoded></item>`,
    ).join('');
    const feed = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>${items}</channel></rss>`;
    const f = repeat(() => readFeed(feed, 'bench.xml'));
    rows.push(`| RSS feed, 200 items of 4.4 KB (${(feed.length / MB).toFixed(1)} MB) | ${(f.perSecond * 200).toFixed(0)} items/s | — |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '## Ingest: readers',
    '',
    'In-process (`readInputs` for files, the reader functions for whole documents), no CLI start-up; generated articles',
    '(a 4.4 KB story). Peak memory = highest RSS sampled every 50 ms minus RSS at the start of the run.',
    '',
    '| input | speed | peak RSS growth |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}
