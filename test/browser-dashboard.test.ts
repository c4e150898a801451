/**
 * The dashboard in Chromium over a seeded ledger: overview, search, series chart (hover, source
 * toggle, rule switch, keyboard), the evidence in its document, review with a token, ingest, a
 * hostile article that must stay inert, phone width, and no layout shift while pages load.
 * Screenshots go to test-output/browser/.
 */
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/server/app.ts';
import { createIngestor } from '../src/server/ingestor.ts';
import { buildWeb } from '../src/server/web-build.ts';
import { WEB_DIST } from '../src/server/web-paths.ts';
import { CHROMIUM, cspViolations, launchBrowser, screenshot, watchedPage, type Browser, type Watched } from './server-support/browser.ts';
import { testEngines, type Stores } from './server-support/engines.ts';
import { HOSTILE, SEED, seedExtract, seedLedger } from './server-support/seed.ts';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[browser-dashboard] ${CHROMIUM} not found: browser tests skipped (apt-get install -y chromium)`);

/** True when any script of the hostile article ran. */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

describe.skipIf(!haveChromium)('dashboard in Chromium', () => {
  let stores: Stores;
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;
  let w: Watched;
  let token: string;

  beforeAll(async () => {
    await buildWeb();
    const [sqlite] = await testEngines('browser-dashboard');
    stores = await sqlite!.open();
    await seedLedger(stores.ledger);
    token = await stores.tokens.create('reviewer');
    app = await buildServer({ ledger: stores.ledger, tokens: stores.tokens, ingestor: createIngestor(stores.ledger, seedExtract) }, { webRoot: WEB_DIST });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    w = await watchedPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await stores?.close();
  });

  const resetShift = () => w.page.evaluate(() => {
    (window as unknown as { __cls: number }).__cls = 0;
  });

  test('overview: subjects × metrics with the latest reconciled figure, and no layout shift', async () => {
    const { page } = w;
    await page.goto(`${base}/#/`);
    const card = page.locator('a.card[data-subject="KP/military"][data-metric="killed"]');
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/3 sources/);
    await expect(page.locator('a.card').count()).resolves.toBeGreaterThanOrEqual(4);
    expect(await w.layoutShift()).toBeLessThan(0.05);
    await screenshot(page, '01-overview');
  });

  test('search a figure: the claims table shows the sentence that says it', async () => {
    const { page } = w;
    await page.fill('#search-input', '600');
    await page.press('#search-input', 'Enter');
    await page.waitForURL(/#\/claims\?text=600/);
    const rows = page.locator('table.claims tbody tr[data-claim]');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('around 600');
    await screenshot(page, '02-search');
  });

  test('claims table: sorting by figure and by day on the server, across pages', async () => {
    const { page } = w;
    // Pages of 4: only an order made by the server holds across pages.
    await page.goto(`${base}/#/claims?pageSize=4`);
    await page.locator('.page-info', { hasText: 'Claims 1–4' }).waitFor();
    const seedClaims = SEED.flatMap((s) => s.claims);
    const figuresShown = async () => (await page.locator('table.claims tbody td.col-figure').allTextContents())
      // The first number shown is the one sorted on (min, or max for "up to").
      .map((f) => Number((/[\d,]+/.exec(f)?.[0] ?? '').replace(/,/g, '')));
    const byFigure = seedClaims.map((c) => (c.min ?? c.max) as number).sort((a, b) => a - b);
    const figureHeader = page.locator('th', { has: page.getByRole('button', { name: 'Figure' }) });

    await page.getByRole('button', { name: 'Figure' }).click();
    await expect(figureHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect.poll(figuresShown).toEqual(byFigure.slice(0, 4));
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('.page-info', { hasText: 'Claims 5–8' }).waitFor();
    await expect.poll(figuresShown).toEqual(byFigure.slice(4, 8));
    await screenshot(page, '02b-claims-sorted-by-figure');

    // Again: descending, from the first page.
    await page.getByRole('button', { name: 'Figure' }).click();
    await expect(figureHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect.poll(figuresShown).toEqual([...byFigure].reverse().slice(0, 4));

    // By day, newest last; the figure header is no longer the sorted one.
    await page.getByRole('button', { name: 'As of' }).click();
    await expect(figureHeader.getAttribute('aria-sort')).resolves.toBe('none');
    const days = seedClaims.map((c) => c.asOf).sort();
    await expect.poll(() => page.locator('table.claims tbody td.col-asOf').allTextContents()).toEqual(days.slice(0, 4));
    await expect(page.locator('a.button', { hasText: 'Download CSV' }).getAttribute('href')).resolves.toMatch(/^\/api\/v1\/export\/claims\?.*format=csv/);
  });

  test('claims table: paging with the cursor', async () => {
    const { page } = w;
    // Pages of 4: next, next, previous, each page different, the last one short.
    await page.goto(`${base}/#/claims?pageSize=4`);
    const ids = () => page.locator('table.claims tbody tr[data-claim]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim')));
    await page.locator('.page-info', { hasText: 'Claims 1–4' }).waitFor();
    const first = await ids();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('.page-info', { hasText: 'Claims 5–8' }).waitFor();
    const second = await ids();
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('.page-info', { hasText: 'Claims 9–9' }).waitFor();
    await expect(page.getByRole('button', { name: 'Next →' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: '← Previous' }).click();
    await page.locator('.page-info', { hasText: 'Claims 5–8' }).waitFor();
    expect(await ids()).toEqual(second);
    expect(new Set([...first, ...second]).size).toBe(8);
  });

  test('series: hover a point, toggle a source, switch rule, reach points by keyboard', async () => {
    const { page } = w;
    await page.goto(`${base}/#/`);
    await resetShift();
    await page.locator('a.card[data-subject="KP/military"][data-metric="killed"]').click();
    await page.waitForURL(/#\/series/);
    const points = page.locator('svg.tally-plot circle.point');
    await points.first().waitFor();
    await expect(points.count()).resolves.toBe(4);
    expect(await w.layoutShift()).toBeLessThan(0.05);

    await points.nth(0).hover();
    const detail = page.locator('.chart-detail');
    await expect(detail.textContent()).resolves.toContain('about 300 North Korean soldiers had been killed');
    await screenshot(page, '03-series-hover');

    // Toggle the U.S. official off: one point fewer.
    const usBox = page.locator('.legend input[type=checkbox]').filter({ has: page.locator('xpath=..') }).nth(0);
    const labels = await page.locator('.legend label').allTextContents();
    const usIndex = labels.findIndex((l) => /official/i.test(l));
    expect(usIndex).toBeGreaterThanOrEqual(0);
    await page.locator('.legend input[type=checkbox]').nth(usIndex).uncheck();
    await expect.poll(() => points.count()).toBe(3);
    await page.locator('.legend input[type=checkbox]').nth(usIndex).check();
    await expect.poll(() => points.count()).toBe(4);
    void usBox;

    const before = await page.locator('.series-summary').textContent();
    await page.selectOption('#series-rule', 'conservative');
    await page.waitForURL(/rule=conservative/);
    await expect.poll(() => page.locator('.series-summary').textContent()).toMatch(/conservative/);
    expect(await page.locator('.series-summary').textContent()).not.toBe(before);
    await points.first().waitFor();

    // Keyboard: focus the first point, move right, Enter opens its document.
    await points.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(detail.textContent()).resolves.toContain('roughly 400 North Korean troops');
    await screenshot(page, '04-series-conservative');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/documents\/.+\?claim=/);
    await page.locator('.doc-text mark.active').first().waitFor();
    await expect(page.locator('.doc-text mark.active').first().textContent()).resolves.toContain('roughly 400');
  });

  test('document: every evidence highlighted, a card for each claim, linked both ways', async () => {
    const { page } = w;
    await page.goto(`${base}/#/documents`);
    await page.getByRole('link', { name: 'Ukraine says North Korean losses mount near Kursk' }).click();
    await page.locator('.doc-text mark').first().waitFor();
    await expect(page.locator('.doc-text mark').count()).resolves.toBe(2);
    await expect(page.locator('.doc-claims .claim-card').count()).resolves.toBe(2);
    await page.locator('.doc-text mark', { hasText: '2,700' }).click();
    const active = page.locator('.claim-card.active');
    await expect(active.textContent()).resolves.toContain('wounded');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('claim-card'))).resolves.toBe(true);
    await active.getByRole('button', { name: 'Show in text' }).click();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MARK');
    await screenshot(page, '05-document');
  });

  test('review: no buttons without a token; verify, reject and correct with one', async () => {
    const { page } = w;
    await page.goto(`${base}/#/documents`);
    await page.getByRole('link', { name: 'U.S. official gives higher toll' }).click();
    await page.locator('.doc-claims .claim-card').first().waitFor();
    await expect(page.locator('.claim-card button', { hasText: 'Verify' }).count()).resolves.toBe(0);

    await page.goto(`${base}/#/token`);
    await page.fill('#token-input', 'tally_wrong-token-for-the-test');
    await page.click('.token-form button[type=submit]');
    await page.goBack();
    const killed = page.locator('.claim-card', { hasText: 'at least 1,000' });
    await killed.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => killed.locator('.review-message').textContent()).toMatch(/token was refused/);

    await page.goto(`${base}/#/token`);
    await page.fill('#token-input', token);
    await page.click('.token-form button[type=submit]');
    await expect(page.locator('#token-link').textContent()).resolves.toBe('Token ✓');
    await page.goBack();
    await killed.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => killed.locator('.badge.status-verified').count()).toBe(1);

    const deployed = page.locator('.claim-card', { hasText: '11,000' });
    await deployed.getByRole('button', { name: 'Correct…' }).click();
    await deployed.locator('input[name=min]').fill('12000');
    await deployed.locator('input[name=max]').fill('12000');
    await deployed.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => page.locator('.claim-card', { hasText: '12,000' }).locator('.badge.status-corrected').count()).toBe(1);
    await screenshot(page, '06-review');

    const verified = await stores.ledger.queryClaims({ status: 'verified' });
    expect(verified.rows.map((c) => c.min)).toEqual([1000]);
    const corrected = await stores.ledger.queryClaims({ status: 'corrected' });
    const detail = await stores.ledger.getClaim(corrected.rows[0]!.id);
    expect(detail?.reviews[0]).toMatchObject({ who: 'reviewer', action: 'set' });
  });

  test('a hostile article is shown as text and nothing in it runs', async () => {
    const { page } = w;
    await page.goto(`${base}/#/documents`);
    await page.getByRole('link', { name: HOSTILE.title }).click();
    await page.locator('.doc-text mark').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(HOSTILE.title);
    const text = await page.locator('.doc-text').textContent();
    for (const piece of [HOSTILE.script, HOSTILE.img, HOSTILE.link, HOSTILE.quotes, HOSTILE.source]) expect(text).toContain(piece);
    // Nothing became markup: no script, img, svg or anchor inside the article text or the cards.
    await expect(page.locator('main script, main img, main svg, .doc-text a, .doc-text svg').count()).resolves.toBe(0);
    // The javascript: publication url is not a link.
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await page.locator('.doc-text mark').first().click();
    await screenshot(page, '07-hostile-document');

    // The same article through the claims table, the series chart and the CSV link.
    await page.goto(`${base}/#/claims?country=SD`);
    await page.goto(`${base}/#/claims?text=${encodeURIComponent('<img')}`);
    await page.locator('table.claims tbody tr[data-claim]').first().waitFor();
    await page.goto(`${base}/#/series?subject=SD/civilian&metric=killed`);
    await page.locator('svg.tally-plot circle.point').first().hover();
    await expect(page.locator('.chart-detail').textContent()).resolves.toContain(HOSTILE.img);
    expect(await pwned(page)).toBeNull();
  });

  test('ingest: paste an article and see its claims at once; pasted markup stays inert', async () => {
    const { page } = w;
    await page.goto(`${base}/#/ingest`);
    const hostile = SEED.find((s) => s.article.id === 'seed-hostile')!.article;
    await page.fill('#ingest-text', `Another wire's copy ${HOSTILE.quotes}\n\n${hostile.text}\n\nUpdated with more detail later.`);
    await page.click('.ingest-form button[type=submit] >> nth=0');
    const cards = page.locator('.ingest-results .claim-card');
    await cards.first().waitFor();
    await expect(cards.count()).resolves.toBe(2);
    await expect(page.locator('.ingest-results').textContent()).resolves.toMatch(/new · 2 claims/);
    await expect(page.locator('.ingest-results img, .ingest-results script').count()).resolves.toBe(0);
    await screenshot(page, '08-ingest');
    await page.locator('.ingest-results a', { hasText: 'open the document' }).click();
    await page.locator('.doc-text mark').first().waitFor();
    expect(await pwned(page)).toBeNull();
  });

  test('phone width: pages fit the screen', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [['#/', '09-phone-overview'], ['#/series?subject=KP/military&metric=killed', '10-phone-series']] as const) {
      await page.goto(`${base}/${hash}`);
      await page.locator('a.card, svg.tally-plot').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    await page.goto(`${base}/#/documents`);
    await page.getByRole('link', { name: 'Seoul puts North Korean deaths near 600' }).click();
    await page.locator('.doc-text mark').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, '11-phone-document');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  test('no script error, no CSP violation, nothing from the hostile article ran', async () => {
    expect(await pwned(w.page)).toBeNull();
    expect(await cspViolations(w.page)).toEqual([]);
    // 401s of the wrong-token review show in the console as failed requests; nothing else may.
    expect(w.problems.filter((p) => !/401 \(Unauthorized\)/.test(p))).toEqual([]);
  });
});
