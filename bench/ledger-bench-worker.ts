/**
 * One measurement of bench/ledger.bench.ts, run in its own process so that peak RSS belongs to
 * it alone. Prints one JSON line.
 *   ingest URL N        ingest N generated articles through Ledger.ingestBatch
 *   build-claims FILE N  fill a SQLite ledger with N claims through bulk statements (setup only)
 *   query URL RUNS       p50/p95 of Ledger.queryClaims for a set of filters
 */
import { rmSync, statSync, existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../src/ledger/ledger.ts';
import type { ClaimFilter } from '../src/ledger/types.ts';
import { claimIdFor, claimKeyFor, documentIdFor, publicationIdFor } from '../src/ledger/ids.ts';
import { claimColumns } from '../src/ledger/rows.ts';
import { SourceResolver, loadGazetteer } from '../src/ledger/entities.ts';
import { generateArticles, toExtraction, type GeneratedArticle } from './generate-corpus.ts';

const BATCH = 64;
const [phase, url = '', countText = '0', schema] = process.argv.slice(2);
const count = Number(countText);
const isPg = url.startsWith('postgres');

function fileSize(file: string): number {
  return ['', '-wal'].reduce((sum, ext) => sum + (existsSync(file + ext) ? statSync(file + ext).size : 0), 0);
}

async function ingest(): Promise<object> {
  if (!isPg) for (const ext of ['', '-wal', '-shm']) rmSync(url + ext, { force: true });
  const ledger = await openLedger(url, schema ? { schema } : {});
  let wallMs = 0;
  let cpuUs = 0;
  let claims = 0;
  const statuses: Record<string, number> = {};
  let batch: GeneratedArticle[] = [];
  const flush = async () => {
    const items = batch.map((g) => ({ article: g.article, extraction: toExtraction(g), meta: { origin: 'bench', extractorVersion: 'bench' } }));
    const t = performance.now();
    const c = process.cpuUsage();
    const outcomes = await ledger.ingestBatch(items);
    const dc = process.cpuUsage(c);
    cpuUs += dc.user + dc.system;
    wallMs += performance.now() - t;
    for (const o of outcomes) {
      const key = o instanceof Error ? 'failed' : o.status;
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (!(o instanceof Error)) claims += o.claimsAdded;
    }
    batch = [];
  };
  for (const g of generateArticles(count, 2025)) {
    batch.push(g);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  const stats = await ledger.stats();
  const size = isPg ? await (ledger as unknown as { sizeBytes(): Promise<number> }).sizeBytes() : 0;
  await ledger.close();
  return {
    articles: count, wallMs, cpuMs: cpuUs / 1000, perSecond: count / (wallMs / 1000), perCpuSecond: count / (cpuUs / 1e6),
    claims, statuses, stats, sizeBytes: isPg ? size : fileSize(url), maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/**
 * Setup for the query bench: N claims written with the ledger's own row builders (ids, keys,
 * columns, entity resolution) but through prepared statements in large transactions, because
 * building a million-claim ledger through the per-document write path takes longer than the
 * bench budget. The read path measured afterwards is the ledger's own.
 */
async function buildClaims(): Promise<object> {
  for (const ext of ['', '-wal', '-shm']) rmSync(url + ext, { force: true });
  await (await openLedger(url)).close(); // schema through the migrations
  const db = new BetterSqlite3(url);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const resolver = new SourceResolver(loadGazetteer());
  const insDoc = db.prepare('insert into documents (id, text, title, extractor_version, supersedes, superseded_by, ingested_at) values (?, ?, ?, ?, null, null, ?) on conflict do nothing');
  const insPub = db.prepare('insert into publications (id, document_id, publisher, url, published, title, origin, ingested_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing');
  const insClaim = db.prepare(`insert into claims (id, key, document_id, section, metric, min, max, approximate, subject_text, subject_country,
    subject_group, as_of, hedged, location, evidence_text, data, origin_id, source_ids, status, current, extracted, extractor_version)
    values (@id, @key, @document_id, @section, @metric, @min, @max, @approximate, @subject_text, @subject_country, @subject_group, @as_of,
    @hedged, @location, @evidence_text, @data, @origin_id, @source_ids, @status, 1, null, 'bench') on conflict do nothing`);
  const insLink = db.prepare('insert into claim_sources (claim_seq, position, entity_id) values (?, ?, ?)');
  const insSource = db.prepare('insert into sources (id, name, kind, country, merged_into) values (?, ?, ?, ?, null) on conflict do nothing');
  const insAlias = db.prepare('insert into source_aliases (entity_id, alias) values (?, ?) on conflict do nothing');
  const now = new Date().toISOString();
  let claims = 0;
  let articles = 0;
  let reviewed = 0;
  const started = performance.now();
  const write = db.transaction((gs: GeneratedArticle[]) => {
    for (const { article, claims: cs } of gs) {
      const docId = documentIdFor(article.text);
      insDoc.run(docId, article.text, article.title ?? null, 'bench', now);
      insPub.run(publicationIdFor(docId, article), docId, article.publisher ?? null, article.url ?? null, article.published ?? null, article.title ?? null, 'bench', now);
      cs.forEach((c, k) => {
        const key = claimKeyFor(docId, c);
        const resolved = c.source.map((l) => resolver.resolve(l));
        for (const [i, r] of resolved.entries()) {
          insSource.run(r.id, r.name, r.kind, r.country);
          insAlias.run(r.id, c.source[i]!.name);
        }
        const ids = resolved.map((r) => r.id);
        // A few claims carry a person's decision, as a real ledger would.
        const status = (claims + k) % 997 === 0 ? 'verified' : (claims + k) % 1499 === 0 ? 'rejected' : 'unreviewed';
        if (status !== 'unreviewed') reviewed++;
        const row = { id: claimIdFor(key, k), key, document_id: docId, ...claimColumns(c), origin_id: ids.at(-1) ?? null, source_ids: JSON.stringify(ids), status };
        const info = insClaim.run(row);
        if (info.changes > 0) ids.forEach((id, position) => insLink.run(info.lastInsertRowid, position, id));
      });
      claims += cs.length;
      articles++;
    }
  });
  let batch: GeneratedArticle[] = [];
  for (const g of generateArticles(Math.ceil(Math.min(count, BASE_CLAIMS) / 10), 1111, { claimsPerArticle: [8, 12], syndicated: 0, edited: 0 })) {
    batch.push(g);
    if (batch.length >= 2000) {
      write(batch);
      batch = [];
    }
  }
  write(batch);
  replicate(db, count);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  const stored = (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
  db.close();
  return { articles, claims: stored, reviewed, buildMs: performance.now() - started, sizeBytes: fileSize(url) };
}

/** Claims generated one by one before the rest are copies made in SQL (see replicate). */
const BASE_CLAIMS = 100_000;

/**
 * Grow the ledger to `target` claims by copying the generated documents with their claims and
 * chains under new ids, in SQL: the same mix of subjects, sources, dates and texts, at a
 * fraction of the time generating each claim would take.
 */
function replicate(db: BetterSqlite3.Database, target: number): void {
  const base = (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
  const maxSeq = (db.prepare('select max(seq) as m from claims').get() as { m: number }).m;
  const copies = Math.ceil(target / base) - 1;
  const copy = db.transaction((n: number) => {
    const tag = `-${n}`;
    db.prepare(`insert into documents select id || ?, text, title, extractor_version, supersedes, superseded_by, ingested_at from documents where instr(id, '-') = 0`).run(tag);
    db.prepare(`insert into publications select id || ?, document_id || ?, publisher, url, published, title, origin, ingested_at from publications where instr(id, '-') = 0`).run(tag, tag);
    const remaining = target - (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
    const first = (db.prepare('select max(seq) as m from claims').get() as { m: number }).m;
    db.prepare(`insert into claims (id, key, document_id, section, metric, min, max, approximate, subject_text, subject_country, subject_group,
      as_of, hedged, location, evidence_text, origin_id, source_ids, status, current, data, extracted, extractor_version)
      select id || ?, key || ?, document_id || ?, section, metric, min, max, approximate, subject_text, subject_country, subject_group,
      as_of, hedged, location, evidence_text, origin_id, source_ids, status, current, data, extracted, extractor_version
      from claims where seq <= ? order by seq limit ?`).run(tag, tag, tag, maxSeq, remaining);
    // The copy of claim k (seq k) got seq first + k when seqs are dense, as they are here.
    db.prepare(`insert into claim_sources select claim_seq + ?, position, entity_id from claim_sources where claim_seq <= ?`).run(first, Math.min(maxSeq, remaining));
  });
  for (let n = 1; n <= copies; n++) copy(n);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function query(): Promise<object> {
  const ledger = await openLedger(url, schema ? { schema } : {});
  const runs = count;
  const filters: [string, ClaimFilter][] = [
    ['--subject KP/military --metric killed', { subject: 'KP/military', metric: 'killed' }],
    ['--subject UA/civilian', { subject: 'UA/civilian' }],
    ['--metric captured', { metric: 'captured' }],
    ['--source kr-nis', { source: 'kr-nis' }],
    ['--source sy-sohr --since 2025-01-01', { source: 'sy-sohr', since: '2025-01-01' }],
    ['--since 2025-06-01 --until 2025-06-30', { since: '2025-06-01', until: '2025-06-30' }],
    ['--text Kursk', { text: 'Kursk' }],
    ['--hedged --subject SD/civilian', { hedged: true, subject: 'SD/civilian' }],
    ['--status verified', { status: 'verified' }],
  ];
  const out: Record<string, { p50: number; p95: number; cpuP50: number; cpuP95: number; rows: number }> = {};
  const all: number[] = [];
  const allCpu: number[] = [];
  for (const [label, filter] of filters) {
    await ledger.queryClaims(filter, { limit: 100 }); // warm the page cache
    const times: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      rows = (await ledger.queryClaims(filter, { limit: 100 })).rows.length;
      const dc = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((dc.user + dc.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    all.push(...times);
    allCpu.push(...cpu);
    out[label] = { p50: percentile(times, 50), p95: percentile(times, 95), cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95), rows };
  }
  all.sort((a, b) => a - b);
  allCpu.sort((a, b) => a - b);
  await ledger.close();
  return {
    runs, filters: out, p50: percentile(all, 50), p95: percentile(all, 95), cpuP50: percentile(allCpu, 50), cpuP95: percentile(allCpu, 95),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const phases: Record<string, () => Promise<object>> = { ingest, 'build-claims': buildClaims, query };
const run = phases[phase ?? ''];
if (!run) throw new Error(`unknown phase ${phase}`);
process.stdout.write(`${JSON.stringify(await run())}\n`);
