import { gzipSync } from 'node:zlib';
import { type BrowserContext, expect, test } from '@playwright/test';
import { APP_PAGES, type AppPage, pageRoutes, READERS } from './app-pages';
import { signInAs } from './fixtures';

// First-load JavaScript of every page, as a phone on a slow link pays for it: each script the browser fetches
// before the page's load event (the framework, the page's client components), gzipped here and summed. The
// browser's view rather than the build's manifests, so the figure holds whatever Next does inside.
//
// Prints a table of page → kB; fails when any page is over its budget.

/** Issue 12's budget. */
const BUDGET_KB = 150;
/** kB as the issue counts it: 1000 bytes. */
const KB = 1000;

/**
 * The scripts a page fetches before its load event, gzipped: in a new tab of the reader's signed-in context,
 * with the browser cache off, so that no page borrows chunks an earlier page left behind.
 */
async function firstLoadScripts(context: BrowserContext, target: AppPage) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  let loaded = false;
  page.on('response', (response) => {
    if (loaded || response.request().resourceType() !== 'script') return;
    bodies.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, bytes: gzipSync(body).length })),
    );
  });
  const response = await page.goto(target.url, { waitUntil: 'load' });
  loaded = true;
  expect.soft(response?.status(), target.url).toBeLessThan(400);
  // Landed on the page itself, not the sign-in page: a figure for /login would hide the real one.
  if (target.reader !== null) expect.soft(new URL(page.url()).pathname, target.url).not.toBe('/login');
  const scripts = await Promise.all(bodies);
  await page.close();
  return scripts;
}

test('every page of the app is in the list the whole-app checks use', () => {
  expect(pageRoutes().sort()).toEqual(APP_PAGES.map((p) => p.route).sort());
});

test(`first-load JavaScript is at most ${BUDGET_KB} kB gzip on every page`, async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const rows: { page: string; kb: number; budget: number; files: string[] }[] = [];
  for (const reader of READERS) {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    if (reader) await signInAs(await context.newPage(), reader);
    for (const target of APP_PAGES.filter((p) => p.reader === reader)) {
      const scripts = await firstLoadScripts(context, target);
      const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
      rows.push({
        page: target.url,
        kb: bytes / KB,
        budget: BUDGET_KB,
        files: scripts.map((s) => `${s.url} ${(s.bytes / KB).toFixed(1)}`),
      });
    }
    await context.close();
  }
  const width = Math.max(...rows.map((r) => r.page.length));
  console.log(
    [
      `${'page'.padEnd(width)}  kB gzip  budget`,
      ...rows.map(
        (r) =>
          `${r.page.padEnd(width)}  ${r.kb.toFixed(1).padStart(7)}  ${String(r.budget).padStart(6)}${r.kb > r.budget ? '  OVER' : ''}`,
      ),
    ].join('\n'),
  );
  const over = rows.filter((r) => r.kb > r.budget);
  expect(over.map((r) => `${r.page} ${r.kb.toFixed(1)} kB:\n  ${r.files.join('\n  ')}`)).toEqual([]);
});
