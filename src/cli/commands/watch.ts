/**
 * `tally watch add FEED_URL [--every 15m]`, `tally watch list`, `tally watch remove ID|URL`: the
 * feeds `tally worker` polls, kept in the ledger's database.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { NotFoundError, UsageError } from '../../core/errors.ts';
import { formatInterval, parseInterval } from '../../workers/duration.ts';
import { connectWatchStore, isPostgresUrl } from '../../workers/store/connect.ts';
import { WatchStore } from '../../workers/store/watch-store.ts';
import { watchListTable } from '../../workers/watch-list-format.ts';

const DB_DEFAULT = process.env.TALLY_DB ?? './tally.db';
const DB_HELP = 'ledger: SQLite file or postgres://… URL';

export function registerWatch(program: Command): void {
  const watch = program.command('watch').description('feeds that `tally worker` polls: add, list, remove');
  watch
    .command('add')
    .description('watch an RSS or Atom feed; its new items are fetched, extracted and stored by `tally worker`')
    .argument('<feed-url>', 'http(s) URL of the feed')
    .option('--every <interval>', 'how often to poll it: 30s, 15m, 2h, 1d', '15m')
    .option('--db <url>', DB_HELP, DB_DEFAULT)
    .action(async (url: string, flags: { every: string; db: string }) => {
      const feedUrl = checkFeedUrl(url);
      const every = parseInterval(flags.every);
      await withStore(flags.db, async (store) => {
        const { feed, created } = await store.addFeed(feedUrl, every);
        process.stdout.write(`${created ? 'watching' : 'already watched, interval now'} ${feed.url} every ${formatInterval(every)} (id ${feed.id})\n`);
      }, false);
    });
  watch
    .command('list')
    .description('watched feeds with their status, pages stored and failed, and why they failed')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
    .option('--db <url>', DB_HELP, DB_DEFAULT)
    .action(async (flags: { format: 'table' | 'json'; db: string }) => {
      await withStore(flags.db, async (store) => {
        const feeds = await store.listFeeds(flags.format === 'json' ? Infinity : 5);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(feeds, null, 2)}\n` : watchListTable(feeds));
      });
    });
  watch
    .command('remove')
    .description('stop watching a feed (articles already stored stay in the ledger)')
    .argument('<feed>', 'feed id (from `watch list`) or URL')
    .option('--db <url>', DB_HELP, DB_DEFAULT)
    .action(async (idOrUrl: string, flags: { db: string }) => {
      await withStore(flags.db, async (store) => {
        const removed = await store.removeFeed(idOrUrl);
        if (!removed) throw new NotFoundError(`no watched feed ${idOrUrl}`, undefined, 'see `tally watch list`');
        process.stdout.write(`stopped watching ${removed.url}\n`);
      });
    });
}

function checkFeedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`not a URL: ${raw}`, undefined, 'give the full address, e.g. https://example.org/feed.xml');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`unsupported scheme ${url.protocol} in ${raw}`, undefined, 'feeds are fetched over http or https');
  url.hash = '';
  return url.href;
}

/** `mustExist` for list and remove: a mistyped path must not quietly create an empty ledger. */
async function withStore(db: string, run: (store: WatchStore) => Promise<void>, mustExist = true): Promise<void> {
  if (mustExist && !isPostgresUrl(db) && !existsSync(db)) {
    throw new UsageError(`no ledger at ${db}`, undefined, 'add a feed first (`tally watch add URL`), or pass --db (or set TALLY_DB)');
  }
  const connection = await connectWatchStore(db);
  try {
    await run(new WatchStore(connection.db, connection.clock));
  } finally {
    await connection.close();
  }
}
