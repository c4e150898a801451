import { describe, expect, test } from 'vitest';
import { formatFromName, sniffFormat } from './sniff.ts';

describe('sniffFormat', () => {
  test.each([
    ['{"text": "x"}\n', 'jsonl'],
    ['\uFEFF  \n {"text": "x"}', 'jsonl'],
    ['[{"text": "x"}, {"text": "y"}]', 'json'],
    ['{\n  "text": "x",\n  "title": "t"\n}\n', 'json'],
    ['{"text": "a very long first record whose end is past the sniffed head', 'jsonl'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="…">', 'feed'],
    ['<!DOCTYPE html>\n<html lang="en">', 'html'],
    ['<html><body><p>x</p></body></html>', 'html'],
    ['  <article><p>x</p></article>', 'html'],
    ['<b>bold claim</b> without a page around it', 'txt'],
    ['Hundreds of troops killed\n\nReuters Published 30 Apr, 2025', 'txt'],
    ['', 'txt'],
  ])('%j → %s', (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });
});

describe('formatFromName', () => {
  test.each([
    ['a.txt', 'txt'], ['A.HTML', 'html'], ['page.htm', 'html'], ['x.jsonl', 'jsonl'], ['x.ndjson', 'jsonl'], ['export.json', 'json'],
    ['feed.xml', 'feed'], ['feed.rss', 'feed'], ['feed.atom', 'feed'], ['notes.md', null], ['README', null],
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});
