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
  '.json': 'json',
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
 * Guess the format from the start of the content: JSON when it opens an array or an object that
 * runs past its first line, JSONL when the first line is a whole object, a feed when an <rss>, <rdf:RDF> or <feed> element opens early, HTML when it starts with
 * "<" and has <html, <body or <article, else pasted text.
 */
export function sniffFormat(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, SNIFF_BYTES);
  // An array, or an object spread over several lines, is one JSON document; an object closed on its first line starts JSON Lines.
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const newline = start.indexOf('\n');
    return newline !== -1 && !start.slice(0, newline).trimEnd().endsWith('}') ? 'json' : 'jsonl';
  }
  if (start.startsWith('<')) {
    const lower = start.toLowerCase();
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/<(?:!doctype html|html|body|article|head)[\s>]/.test(lower)) return 'html';
  }
  return 'txt';
}
