/**
 * Plain columns for the series read (src/ledger/series-read.ts): the figure's period (kind,
 * from, to, words) and the origin as written (the last link of the chain: name, kind, country)
 * lived only in the claim's JSON, and parsing a million JSON documents is most of what reading
 * every series cost. Existing claims are backfilled from their JSON here, on both engines.
 *
 * And one index for that read: current claims by subject × metric in ingest order, holding every
 * column the series reads except the evidence sentence, so a whole series (or every series) is
 * read from the index alone, never from the wide claim rows.
 *
 * And series_summaries: what `tally series --all` shows of each series, kept with the state of
 * the ledger it was computed from (src/ledger/series-summaries.ts), so that an unchanged series
 * is not recomputed.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { EngineAdapter } from '../adapter.ts';

/** The new columns, each with the JSON path it is filled from. */
const COLUMNS = [
  ['period_kind', ['period', 'kind']],
  ['period_from', ['period', 'from']],
  ['period_to', ['period', 'to']],
  ['period_text', ['period', 'text']],
  ['origin_name', ['source', -1, 'name']],
  ['origin_kind', ['source', -1, 'kind']],
  ['origin_country', ['source', -1, 'country']],
] as const;

/** The columns of the series index after its key (subject, metric, seq). */
export const SERIES_INDEX_COLUMNS = [
  'id', 'document_id', 'as_of', 'min', 'max', 'approximate', 'hedged', 'section', 'status', 'origin_id',
  'origin_name', 'origin_kind', 'origin_country', 'period_kind', 'period_from', 'period_to', 'period_text',
] as const;

export function claimSeriesColumns(adapter: EngineAdapter): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was
    async up(db: Kysely<any>): Promise<void> {
      for (const [name] of COLUMNS) await db.schema.alterTable('claims').addColumn(name, 'text').execute();
      if (adapter.engine === 'sqlite') {
        // '$.source[#-1]' is the last element; json_extract gives NULL where the path is missing.
        const sets = COLUMNS.map(([name, path]) => sql`${sql.ref(name)} = json_extract(data, ${sqlitePath(path)})`);
        await sql`update claims set ${sql.join(sets)}`.execute(db);
      } else {
        // The JSON is text in the claims table: parse it once per row, not once per column.
        const sets = COLUMNS.map(([name, path]) => sql`${sql.ref(name)} = j.d #>> ${postgresPath(path)}`);
        await sql`update claims set ${sql.join(sets)} from (select seq, data::jsonb as d from claims) as j where j.seq = claims.seq`.execute(db);
      }
      await db.schema.createIndex('claims_series').on('claims')
        .columns(['subject_country', 'subject_group', 'metric', 'seq', ...SERIES_INDEX_COLUMNS])
        .where(sql.ref('current'), '=', 1).execute();
      await db.schema.createTable('series_summaries')
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('series_summaries_pk', ['options', 'subject', 'metric'])
        .execute();
    },
  };
}

function sqlitePath(path: readonly (string | number)[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[#${p}]` : `.${p}`)).join('')}`;
}

/** A text[] path for #>>; PostgreSQL reads a negative array index from the end. */
function postgresPath(path: readonly (string | number)[]): ReturnType<typeof sql> {
  return sql`${`{${path.join(',')}}`}::text[]`;
}
