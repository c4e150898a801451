/** `tally token create|list|revoke`: bearer tokens for writes through the API (ingest, review, merge). */
import type { Command } from 'commander';
import { openTokenStore, type TokenStore } from '../../server/tokens.ts';

const DB_DEFAULT = process.env.TALLY_DB ?? './tally.db';

async function withTokens<T>(db: string, work: (tokens: TokenStore) => Promise<T>): Promise<T> {
  const tokens = await openTokenStore(db);
  try {
    return await work(tokens);
  } finally {
    await tokens.close();
  }
}

export function registerToken(program: Command): void {
  const token = program.command('token').description('manage API tokens for writes (ingest, review, merge)');
  token
    .command('create <name>')
    .description('make a token for NAME (a person or a script); it is shown once, only its hash is kept')
    .option('--db <url>', 'ledger: SQLite file or postgres://… URL', DB_DEFAULT)
    .action(async (name: string, opts: { db: string }) => {
      const value = await withTokens(opts.db, (tokens) => tokens.create(name));
      process.stdout.write(`${value}\n`);
      process.stderr.write(`tally: token for "${name}" created; it is not shown again. Send it as "Authorization: Bearer <token>" or paste it in the dashboard.\n`);
    });
  token
    .command('list')
    .description('names of the tokens and when they were made')
    .option('--db <url>', 'ledger: SQLite file or postgres://… URL', DB_DEFAULT)
    .action(async (opts: { db: string }) => {
      const rows = await withTokens(opts.db, (tokens) => tokens.list());
      for (const row of rows) process.stdout.write(`${row.name}\t${row.createdAt}\n`);
    });
  token
    .command('revoke <name>')
    .description('remove the token of NAME')
    .option('--db <url>', 'ledger: SQLite file or postgres://… URL', DB_DEFAULT)
    .action(async (name: string, opts: { db: string }) => {
      const removed = await withTokens(opts.db, (tokens) => tokens.revoke(name));
      process.stderr.write(removed ? `tally: token "${name}" revoked\n` : `tally: no token named "${name}"\n`);
      if (!removed) process.exitCode = 1;
    });
}
