/**
 * Which reader a file needs: by extension when it has a known one, else by its first bytes.
 */
import { extname } from 'node:path';
import type { InputFormat } from './types.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The format a file name announces, or null for an unknown or missing extension. */
export function formatFromName(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

// How much of the start of a stream sniffing looks at.
export const SNIFF_BYTES = 4096;

/**
 * Guess the format from the start of the content: JSONL when the first non-space character is
 * "{", a feed when an <rss>, <rdf:RDF> or <feed> element opens early, HTML when it starts with
 * "<" and has <html, <body or <article, else pasted text.
 */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, SNIFF_BYTES);
  if (start.startsWith('{')) return 'jsonl';
  if (start.startsWith('<')) {
    const lower = start.toLowerCase();
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/<(?:!doctype html|html|body|article|head)[\s>]/.test(lower)) return 'html';
  }
  return 'txt';
}
