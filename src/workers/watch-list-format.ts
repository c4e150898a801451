/**
 * `tally watch list` as text: one line per feed (id, interval, status, pages stored / waiting /
 * failed, last poll, URL), then the reasons of what failed, indented beneath it.
 */
import { alignRows } from '../cli/format/table.ts';
import { formatInterval } from './duration.ts';
import type { FeedSummary } from './store/watch-store.ts';

export function watchListTable(feeds: FeedSummary[]): string {
  if (feeds.length === 0) return 'no feeds watched (add one with `tally watch add URL`)\n';
  const lines: string[] = [];
  const header = ['ID', 'EVERY', 'STATUS', 'STORED', 'WAITING', 'FAILED', 'LAST POLL', 'URL'];
  const rows = feeds.map((f) => [
    f.id,
    formatInterval(f.every_seconds),
    f.status,
    String(f.items.stored),
    String(f.items.pending + f.items.queued + f.items.retrying),
    String(f.items.failed),
    f.last_polled_at ? f.last_polled_at.slice(0, 19).replace('T', ' ') : 'never',
    f.url,
  ]);
  const aligned = alignRows([header, ...rows]);
  lines.push(aligned[0]!);
  feeds.forEach((feed, i) => {
    lines.push(aligned[i + 1]!);
    if (feed.last_error) lines.push(`    feed ${feed.status === 'failed' ? 'failed' : 'error'}: ${feed.last_error}`);
    for (const item of feed.failedItems) lines.push(`    page failed: ${item.url}: ${item.reason ?? 'unknown reason'}`);
    if (feed.items.failed > feed.failedItems.length) lines.push(`    … ${feed.items.failed - feed.failedItems.length} more failed pages (--format json lists all)`);
  });
  return `${lines.join('\n')}\n`;
}
