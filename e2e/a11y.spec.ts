import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE, LOCALES } from '../lib/i18n/config';
import { APP_PAGES, READERS } from './app-pages';
import { signInAs } from './fixtures';

// axe-core on every page of the app, on a phone (360 px) and a desktop (1280 px), in Chinese and in English:
// no serious or critical violation anywhere. One browser context per reader, signed in once; each page is
// opened once per language and checked at both widths (resizing re-lays the page out without reloading it).

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
] as const;
const BLOCKING = new Set(['serious', 'critical']);

for (const reader of READERS) {
  const pages = APP_PAGES.filter((p) => p.reader === reader);
  test(`${reader ?? 'signed out'}: ${pages.length} pages have no serious or critical axe violation, 360 and 1280 px, zh-CN and en`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(pages.length * 60_000);
    const found: string[] = [];
    let checked = 0;
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    if (reader) await signInAs(page, reader);
    for (const locale of LOCALES) {
      const { hostname } = new URL(baseURL ?? '');
      await context.addCookies([{ name: LOCALE_COOKIE, value: locale, domain: hostname, path: '/' }]);
      for (const target of pages) {
        await page.setViewportSize(WIDTHS[0]);
        const response = await page.goto(target.url);
        expect.soft(response?.status(), target.url).toBeLessThan(400);
        await expect.soft(page.locator('html'), target.url).toHaveAttribute('lang', locale);
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          // Violations only: axe skips collecting passes and incomplete results, a good part of its time.
          const { violations } = await new AxeBuilder({ page })
            .options({ resultTypes: ['violations'] })
            .analyze();
          checked++;
          for (const v of violations.filter((v) => BLOCKING.has(v.impact ?? ''))) {
            const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
            const line = `${target.url} ${size.width}px ${locale} [${v.impact}] ${v.id}: ${targets.join(' | ')}`;
            console.log(line);
            found.push(line);
          }
        }
      }
    }
    await context.close();
    expect(checked).toBe(pages.length * LOCALES.length * WIDTHS.length);
    expect(found).toEqual([]);
  });
}
