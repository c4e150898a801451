/**
 * One storage suite for every engine: test/ledger-sqlite.test.ts and test/ledger-postgres.test.ts
 * run it with their own `makeLedger`, which must return a fresh, empty ledger on each call.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { UsageError } from '../src/core/errors.ts';
import type { Ledger, LedgerRecord, OpenOptions } from '../src/ledger/ledger.ts';
import { AGENCY, claim, LAWMAKERS, extraction, other, otherClaims, S1, story, storyClaims, STORY_TEXT } from './ledger-fixtures.ts';

export type MakeLedger = (options?: OpenOptions) => Promise<Ledger>;

async function collect(ledger: Ledger): Promise<LedgerRecord[]> {
  const out: LedgerRecord[] = [];
  for await (const r of ledger.exportAll()) out.push(r);
  return out;
}

export function runLedgerSuite(engine: string, makeLedger: MakeLedger): void {
  const open: Ledger[] = [];
  const fresh = async (options?: OpenOptions) => {
    const l = await makeLedger(options);
    open.push(l);
    return l;
  };
  afterEach(async () => {
    for (const l of open.splice(0)) await l.close();
  });

  describe(`ledger on ${engine}: ingest`, () => {
    test('a new text is stored with its claims; the same material again adds nothing', async () => {
      const l = await fresh();
      const first = await l.ingest(story(), extraction(story(), storyClaims()));
      expect(first).toMatchObject({ status: 'new', claimsAdded: 3 });
      const again = await l.ingest(story(), extraction(story(), storyClaims()));
      expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', claimsAdded: 0 });
      expect(await l.stats()).toMatchObject({ documents: 1, publications: 1, claims: 3 });
    });

    test('whitespace and typographic quotes do not make a new document', async () => {
      const l = await fresh();
      const a = await l.ingest(story(), extraction(story(), storyClaims()));
      const retyped = STORY_TEXT.replace(/'/g, '\u2019').replace(/ /g, '  ');
      const b = await l.ingest(story({ text: retyped }), extraction(story(), storyClaims()));
      expect(b.documentId).toBe(a.documentId);
      expect(b.status).toBe('unchanged');
    });

    test('a story syndicated by another outlet is one document with two publications', async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()));
      const copy = story({ publisher: 'Wire Two', url: 'https://two.example/nk' });
      const outcome = await l.ingest(copy, extraction(copy, storyClaims()));
      expect(outcome).toMatchObject({ status: 'new-publication', claimsAdded: 0 });
      const { rows } = await l.queryClaims();
      expect(rows).toHaveLength(3);
      expect(rows[0]!.publications.map((p) => p.publisher).sort()).toEqual(['Wire One', 'Wire Two']);
    });

    test('an edited text at the same url is a new version that supersedes the old claims', async () => {
      const l = await fresh();
      const old = await l.ingest(story(), extraction(story(), storyClaims()));
      const editedText = STORY_TEXT.replace('Roughly 600', 'Roughly 650');
      const edited = story({ text: editedText, published: '2025-04-30T15:00:00Z' });
      const sentence = S1.replace('Roughly 600', 'Roughly 650');
      const outcome = await l.ingest(edited, extraction(edited, [claim(editedText, sentence, { min: 650, max: 650 })]));
      expect(outcome).toMatchObject({ status: 'new-version', claimsAdded: 1, supersedes: old.documentId });
      const current = await l.queryClaims({ metric: 'killed' });
      expect(current.rows.map((c) => c.min)).toEqual([650]);
      const all = await l.queryClaims({ metric: 'killed', includeSuperseded: true });
      expect(all.rows.map((c) => c.min).sort()).toEqual([600, 650]);
      expect((await l.getDocument(old.documentId))?.supersededBy).toBe(outcome.documentId);
    });

    test('an older version arriving late is stored as already superseded', async () => {
      const l = await fresh();
      const editedText = STORY_TEXT.replace('Roughly 600', 'Roughly 650');
      const edited = story({ text: editedText, published: '2025-04-30T15:00:00Z' });
      await l.ingest(edited, extraction(edited, [claim(editedText, S1.replace('600', '650'), { min: 650, max: 650 })]));
      const late = await l.ingest(story(), extraction(story(), storyClaims()));
      expect(late.status).toBe('new-version');
      expect((await l.queryClaims({ metric: 'killed' })).rows.map((c) => c.min)).toEqual([650]);
    });

    test('a document and its claims are stored in one transaction: a failure stores neither', async () => {
      const l = await fresh();
      const broken = [...storyClaims(), { ...storyClaims()[0]!, evidence: undefined } as never];
      await expect(l.ingest(story(), extraction(story(), broken))).rejects.toThrow();
      expect(await l.stats()).toMatchObject({ documents: 0, publications: 0, claims: 0 });
      expect(await l.findDocumentByText(STORY_TEXT)).toBeNull();
      const retry = await l.ingest(story(), extraction(story(), storyClaims()));
      expect(retry.status).toBe('new');
    });

    test('a batch shares a transaction, yet one bad article costs only itself', async () => {
      const l = await fresh();
      const broken = [{ ...storyClaims()[0]!, evidence: undefined } as never];
      const copy = story({ publisher: 'Wire Two', url: 'https://two.example/nk' });
      const outcomes = await l.ingestBatch([
        { article: story(), extraction: extraction(story(), storyClaims()) },
        { article: other(), extraction: extraction(other(), broken) },
        { article: copy, extraction: extraction(copy, storyClaims()) },
      ]);
      expect(outcomes[0]).toMatchObject({ status: 'new', claimsAdded: 3 });
      expect(outcomes[1]).toBeInstanceOf(Error);
      expect(outcomes[2]).toMatchObject({ status: 'new-publication', claimsAdded: 0 });
      expect(await l.stats()).toMatchObject({ documents: 1, publications: 2, claims: 3 });
      expect(await l.findDocumentByText(other().text)).toBeNull();
    });

    test('a known text met with a new extractor version is re-extracted; claim ids stay stable', async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()), { extractorVersion: '1' });
      const before = (await l.queryClaims()).rows.map((c) => c.id).sort();
      const same = await l.ingest(story(), extraction(story(), storyClaims()), { extractorVersion: '1' });
      expect(same.status).toBe('unchanged');
      const improved = storyClaims().slice(0, 2);
      const outcome = await l.ingest(story(), extraction(story(), improved), { extractorVersion: '2' });
      expect(outcome).toMatchObject({ status: 're-extracted', claimsAdded: 2 });
      const after = (await l.queryClaims()).rows;
      expect(after.map((c) => c.id).every((id) => before.includes(id))).toBe(true);
      expect(after.every((c) => c.extractorVersion === '2')).toBe(true);
    });
  });

  describe(`ledger on ${engine}: sources and subjects`, () => {
    test('NIS, National Intelligence Service, South Korea\'s spy agency and the country\'s intelligence agency are one entity', async () => {
      const l = await fresh();
      const names = ['NIS', 'National Intelligence Service', "South Korea's spy agency", AGENCY.name];
      for (const [i, name] of names.entries()) {
        const text = `Claim ${i}: some ${100 + i} soldiers were killed, according to ${name}.`;
        const a = { text, publisher: 'P', url: `https://p.example/${i}` };
        await l.ingest(a, extraction(a, [claim(text, text, { min: 100 + i, max: 100 + i, source: [{ ...AGENCY, name }] })]));
      }
      const ids = new Set((await l.queryClaims()).rows.map((c) => c.originId));
      expect([...ids]).toHaveLength(1);
      const [entity] = (await l.listSources()).filter((s) => s.kind === 'intelligence');
      expect(entity).toMatchObject({ country: 'KR', kind: 'intelligence', claimCount: 4 });
      expect([...entity!.aliases].sort()).toEqual([...names].sort());
    });

    test('a user alias maps an unknown name to an entity; a merge joins two entities on read', async () => {
      const l = await fresh({ aliases: { 'the spy service': 'kr-nis' } });
      const t1 = 'About 40 soldiers were killed, the spy service said.';
      const t2 = 'About 50 soldiers were killed, Ministry of Truth said.';
      const src = (name: string) => [{ name, country: 'KR', kind: 'intelligence' as const }];
      await l.ingest({ text: t1 }, extraction({ text: t1 }, [claim(t1, t1, { min: 40, max: 40, source: src('the spy service') })]));
      await l.ingest({ text: t2 }, extraction({ text: t2 }, [claim(t2, t2, { min: 50, max: 50, source: src('Ministry of Truth') })]));
      const byNis = await l.queryClaims({ source: 'kr-nis' });
      expect(byNis.rows.map((c) => c.min)).toEqual([40]);
      const truth = (await l.listSources()).find((s) => s.aliases.includes('Ministry of Truth'));
      expect(truth?.id).toBeDefined();
      await expect(l.mergeSources('no-such-entity', 'kr-nis')).rejects.toThrow(/no source entity/);
      const merged = await l.mergeSources(truth!.id, 'kr-nis');
      expect(merged).toMatchObject({ id: 'kr-nis', claimCount: 2 });
      expect(merged.aliases).toContain('Ministry of Truth');
      expect((await l.queryClaims({ source: 'kr-nis' })).rows.map((c) => c.min)).toEqual([40, 50]);
      expect((await l.queryClaims({ origin: 'kr-nis' })).rows.every((c) => c.originId === 'kr-nis')).toBe(true);
      expect((await l.listSources()).some((s) => s.id === truth!.id)).toBe(false);
    });

    test('subjects are listed by country and group with counts', async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()));
      await l.ingest(other(), extraction(other(), otherClaims()));
      expect(await l.listSubjects()).toEqual([
        { key: 'KP/military', country: 'KP', group: 'military', claimCount: 3 },
        { key: 'RU/military', country: 'RU', group: 'military', claimCount: 1 },
      ]);
    });
  });

  describe(`ledger on ${engine}: queries`, () => {
    const load = async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()));
      await l.ingest(other(), extraction(other(), otherClaims()));
      return l;
    };

    test.each([
      [{ subject: 'KP/military' }, [600, 15000, 4700]],
      [{ subject: 'RU' }, [120]],
      [{ subject: '-/people' }, []],
      [{ metric: 'killed' as const }, [600]],
      [{ source: 'kr-legislator' }, [600, 15000, 4700]],
      [{ origin: 'kr-nis' }, [600, 15000, 4700]],
      [{ since: '2025-04-01' }, [600, 15000, 4700]],
      [{ until: '2025-04-01' }, [120]],
      // A narrow range reads the day index, a wide one walks claims in order (SQLite): same rows.
      [{ since: '2025-04-29', until: '2025-04-30' }, [600, 15000, 4700]],
      [{ since: '2025-04-02', until: '2025-05-31' }, [600, 15000, 4700]],
      [{ text: 'kursk' }, [600]],
      [{ text: 'POKROVSK' }, [120]],
      [{ text: '100%_' }, []],
      [{ hedged: true }, [4700]],
      [{ hedged: false, subject: 'KP/military' }, [600, 15000]],
    ])('filter %j', async (filter, mins) => {
      const l = await load();
      const { rows } = await l.queryClaims(filter);
      expect(rows.map((c) => c.min)).toEqual(mins);
      expect(await l.countClaims(filter)).toBe(mins.length);
    });

    test('a bad filter value is a usage error', async () => {
      const l = await load();
      await expect(l.queryClaims({ subject: 'KP/tanks' })).rejects.toBeInstanceOf(UsageError);
      await expect(l.queryClaims({ since: 'yesterday' })).rejects.toBeInstanceOf(UsageError);
      await expect(l.queryClaims({}, { cursor: 'garbage' })).rejects.toBeInstanceOf(UsageError);
    });

    test('pages with a cursor return every claim exactly once', async () => {
      const l = await fresh();
      for (let i = 0; i < 25; i++) {
        const text = `Report ${i}: at least ${i + 10} civilians were killed in shelling, officials said.`;
        const a = { text, url: `https://r.example/${i}` };
        await l.ingest(a, extraction(a, [claim(text, text, { min: i + 10, max: null, subject: { text: 'civilians', country: 'UA', group: 'civilian' } })]));
      }
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<Ledger['queryClaims']>> = await l.queryClaims({ subject: 'UA/civilian' }, { limit: 10, cursor });
        seen.push(...page.rows.map((c) => c.min!));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 10));
      const docs = await l.listDocuments({ limit: 20 });
      expect(docs.rows).toHaveLength(20);
      const rest = await l.listDocuments({ limit: 20, cursor: docs.nextCursor });
      expect(rest.rows).toHaveLength(5);
      expect(rest.nextCursor).toBeNull();
      expect(new Set([...docs.rows, ...rest.rows].map((d) => d.id)).size).toBe(25);
    });

    test('a source filter pages in claim order, once per claim even when the source speaks twice in a chain', async () => {
      const l = await fresh();
      const self = { name: 'the National Intelligence Service', country: 'KR', kind: 'intelligence' as const };
      for (let i = 0; i < 12; i++) {
        const text = `Item ${i}: about ${50 + i} soldiers were killed, the NIS said, citing its own count.`;
        const a = { text, url: `https://n.example/${i}` };
        const source = i % 3 === 0 ? [self, self] : i % 3 === 1 ? [LAWMAKERS, AGENCY] : [{ name: 'Ukraine\'s General Staff', country: 'UA', kind: 'military' as const }];
        await l.ingest(a, extraction(a, [claim(text, text, { min: 50 + i, max: 50 + i, source })]));
      }
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<Ledger['queryClaims']>> = await l.queryClaims({ source: 'kr-nis' }, { limit: 3, cursor });
        seen.push(...page.rows.map((c) => c.min!));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([50, 51, 53, 54, 56, 57, 59, 60]);
      expect(await l.countClaims({ source: 'kr-nis' })).toBe(8);
      expect((await l.queryClaims({ source: 'kr-nis', metric: 'wounded' })).rows).toEqual([]);
    });

    test('a claim carries its evidence, chain ids and document; a prefix of its id finds it', async () => {
      const l = await load();
      const [first] = (await l.queryClaims({ metric: 'killed' })).rows;
      const detail = await l.getClaim(first!.id.slice(0, 8));
      expect(detail).toMatchObject({ id: first!.id, sourceIds: ['kr-legislator', 'kr-nis'], originId: 'kr-nis', status: 'unreviewed', extracted: null, reviews: [] });
      expect(detail!.document.text.slice(detail!.evidence.start, detail!.evidence.end)).toBe(S1);
      expect(await l.getClaim('ffffffffffffffff')).toBeNull();
      const doc = await l.getDocument(first!.documentId);
      expect(doc).toMatchObject({ title: 'Hundreds of North Korean soldiers dead', publishers: ['Wire One'], claimCount: 3, text: STORY_TEXT });
      expect(doc!.claims).toHaveLength(3);
    });
  });

  describe(`ledger on ${engine}: reviews`, () => {
    test('verify, reject and set are recorded with who and what changed; status filters on them', async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()));
      const [killed, deployed, casualties] = (await l.queryClaims()).rows;
      expect((await l.review(killed!.id, { kind: 'verify' }, 'ana')).status).toBe('verified');
      expect((await l.review(deployed!.id, { kind: 'reject', reason: 'a plan, not a deployment' }, 'ben')).status).toBe('rejected');
      const corrected = await l.review(casualties!.id, { kind: 'set', changes: { min: '4,600', max: '4700', 'subject.group': 'people' } }, 'cy');
      expect(corrected).toMatchObject({ status: 'corrected', min: 4600, max: 4700, subject: { group: 'people' } });
      expect((await l.queryClaims({ status: 'verified' })).rows.map((c) => c.id)).toEqual([killed!.id]);
      expect((await l.queryClaims({ status: 'rejected' })).rows.map((c) => c.id)).toEqual([deployed!.id]);
      expect((await l.queryClaims({ subject: 'KP/people' })).rows.map((c) => c.id)).toEqual([casualties!.id]);
      const detail = await l.getClaim(casualties!.id);
      expect(detail!.extracted).toMatchObject({ min: 4700, subject: { group: 'military' } });
      expect(detail!.reviews).toHaveLength(1);
      expect(detail!.reviews[0]).toMatchObject({ who: 'cy', action: 'set', changes: { min: { from: 4700, to: 4600 }, 'subject.group': { from: 'military', to: 'people' } } });
      expect(Date.parse(detail!.reviews[0]!.at)).not.toBeNaN();
      const rejected = await l.getClaim(deployed!.id);
      expect(rejected!.reviews[0]).toMatchObject({ who: 'ben', action: 'reject', reason: 'a plan, not a deployment' });
    });

    test.each([
      [{ metric: 'exploded' }],
      [{ min: 'many' }],
      [{ asOf: '30/04/2025' }],
      [{ evidence: 'x' }],
      [{ min: '9000' }],
    ])('set %j is refused', async (changes) => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()));
      const [c] = (await l.queryClaims()).rows;
      await expect(l.review(c!.id, { kind: 'set', changes }, 'x')).rejects.toBeInstanceOf(UsageError);
      expect((await l.getClaim(c!.id))!.reviews).toHaveLength(0);
    });

    test('reviews survive re-extraction: a rerun never overwrites a human correction', async () => {
      const l = await fresh();
      await l.ingest(story(), extraction(story(), storyClaims()), { extractorVersion: '1' });
      const [killed, deployed] = (await l.queryClaims()).rows;
      await l.review(killed!.id, { kind: 'set', changes: { location: 'Kursk region', hedged: 'true' } }, 'ana');
      await l.review(deployed!.id, { kind: 'reject', reason: 'double count' }, 'ana');
      // The improved extractor now reads a different location and marks nothing hedged.
      const rerun = storyClaims().map((c) => ({ ...c, location: c.location ? 'Kursk oblast' : null, rule: 'v2' }));
      await l.ingest(story(), extraction(story(), rerun), { extractorVersion: '2' });
      const after = await l.getClaim(killed!.id);
      expect(after).toMatchObject({ status: 'corrected', location: 'Kursk region', hedged: true, rule: 'v2' });
      expect(after!.extracted).toMatchObject({ location: 'Kursk oblast', hedged: false });
      expect((await l.getClaim(deployed!.id))!.status).toBe('rejected');
      expect((await l.queryClaims({ status: 'corrected' })).rows).toHaveLength(1);
    });
  });

  describe(`ledger on ${engine}: export and import`, () => {
    test('export then import into an empty ledger loses nothing', async () => {
      const a = await fresh({ aliases: { 'the spy service': 'kr-nis' } });
      await a.ingest(story(), extraction(story(), storyClaims()), { origin: 'a.jsonl', extractorVersion: '1' });
      const copy = story({ publisher: 'Wire Two', url: 'https://two.example/nk' });
      await a.ingest(copy, extraction(copy, storyClaims()), { origin: 'b.jsonl', extractorVersion: '1' });
      await a.ingest(other(), extraction(other(), otherClaims()), { extractorVersion: '1' });
      const editedText = STORY_TEXT.replace('Roughly 600', 'Roughly 650');
      const edited = story({ text: editedText, published: '2025-05-01' });
      await a.ingest(edited, extraction(edited, [claim(editedText, S1.replace('600', '650'), { min: 650, max: 650 })]), { extractorVersion: '1' });
      const [c1, c2] = (await a.queryClaims()).rows;
      await a.review(c1!.id, { kind: 'set', changes: { min: 100, max: 130 } }, 'ana');
      await a.review(c2!.id, { kind: 'verify' }, 'ben');
      const ru = (await a.listSources()).find((s) => s.country === 'UA');
      await a.mergeSources(ru!.id, 'kr-nis');
      const records = await collect(a);
      expect(records.filter((r) => r.type === 'review')).toHaveLength(2);

      const b = await fresh();
      const summary = await b.importRecords(records);
      expect(summary).toEqual(await a.stats().then(({ engine: _e, ...rest }) => rest));
      expect(await collect(b)).toEqual(records);
      const all = { includeSuperseded: true, limit: 1000 };
      expect((await b.queryClaims(all)).rows).toEqual((await a.queryClaims(all)).rows);
      expect(await b.listSources()).toEqual(await a.listSources());
      await expect(b.importRecords(records)).rejects.toThrow(/empty ledger/);
      // Reviews recorded after an import continue the numbering.
      const [first] = (await b.queryClaims()).rows;
      await b.review(first!.id, { kind: 'verify' }, 'cy');
      expect((await b.getClaim(first!.id))!.reviews.map((r) => r.id)).toEqual([1, 3]);
    });
  });
}
