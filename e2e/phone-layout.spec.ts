import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type RunningApp, startBuiltApp } from '@/lib/testing/app-server';
import { BIG_ZONE_USERS, createBigZoneDatabase } from './big-zone';
import { signInAs } from './fixtures';

// Lists as cards on a phone: at 360 and 390 px no page scrolls sideways and no Chinese line in a card is
// narrower than two characters (the old tables wrapped 责任单位 one character a line); at 1280 px the weekly
// report shows the week's words and the three contacts without scrolling. For the demo zone and for a zone
// of 500 projects.

const PHONES = [360, 390];

interface ListPage {
  path: string;
  /** Who uses it: the zone's supervisor, or its admin for the accounts. */
  as: 'supervisor' | 'admin';
  /** Whether the zone's data gives the page cards to check (an empty list proves nothing). */
  cards: boolean;
}

const LISTS: ListPage[] = [
  { path: '/projects', as: 'supervisor', cards: true },
  { path: '/blockers', as: 'supervisor', cards: true },
  { path: '/reports/weekly', as: 'supervisor', cards: true },
  { path: '/weekly', as: 'supervisor', cards: true },
  { path: '/contacts', as: 'supervisor', cards: true },
  { path: '/indicators', as: 'supervisor', cards: true },
  { path: '/admin/users', as: 'admin', cards: true },
  { path: '/admin/reminders', as: 'admin', cards: false },
  { path: '/notifications', as: 'supervisor', cards: false },
  { path: '/dashboard/kpi?kpi=signedStarted', as: 'supervisor', cards: false },
  { path: '/dashboard/lights?light=green', as: 'supervisor', cards: false },
  { path: '/dashboard/investment', as: 'supervisor', cards: false },
  { path: '/dashboard/blockers', as: 'supervisor', cards: false },
];

/** A zone's quarters: the demo zone's (the big zone is a zone of its own, with another id). */
const DEMO_ZONE_PAGES: ListPage[] = [{ path: '/indicators/zones/1', as: 'supervisor', cards: false }];

/** A card: a row of a card list (DataTable, the weekly report) or an item of a list in the page's body. */
const CARD = 'main [data-cards] > tbody > tr, main li';

/** At least this many font sizes wide: every line of Chinese in a card, and any box Chinese wraps in. */
const MIN_LINE_EM = 2;
const MIN_WRAP_BOX_EM = 6;

/**
 * What is wrong with the page's layout, measured in the browser: the page wider than the window, a line of
 * Chinese text in a card narrower than two characters, Chinese that wraps inside a box narrower than six
 * characters (a column of one or two characters a line, as 责任单位 was in the old tables).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, minLine, minBox }) => {
      const problems: string[] = [];
      const { scrollWidth } = document.documentElement;
      if (scrollWidth > window.innerWidth) {
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 80));
        problems.push(`page ${scrollWidth} px wide in ${window.innerWidth}: ${wide.join(' | ')}`);
      }
      const cjk = /[\u3400-\u9fff]/;
      for (const card of document.querySelectorAll(selector)) {
        if ((card as HTMLElement).offsetParent === null) continue;
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const parent = node.parentElement;
          if (!parent || !cjk.test(text) || [...text].length < 2) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          // One rectangle per line the text takes (an empty one at a forced break is no line).
          const lines = [...range.getClientRects()].filter((r) => r.width > 0);
          const em = Number.parseFloat(getComputedStyle(parent).fontSize);
          // A text's first and last lines share their line with what comes before and after it; the lines
          // between are whole lines of its own.
          for (const line of lines.slice(1, -1)) {
            if (line.width < minLine * em - 0.5)
              problems.push(`"${text.slice(0, 20)}": a line ${Math.round(line.width)} px wide`);
          }
          if (lines.length > 1) {
            let box: Element | null = parent;
            while (box && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement;
            const width = box?.clientWidth ?? 0;
            if (width < minBox * em) problems.push(`"${text.slice(0, 20)}": wraps in a box ${width} px wide`);
          }
        }
      }
      return problems;
    },
    { selector: CARD, minLine: MIN_LINE_EM, minBox: MIN_WRAP_BOX_EM },
  );
}

async function checkPhones(
  browser: Browser,
  baseURL: string,
  users: Record<ListPage['as'], string>,
  lists: ListPage[],
) {
  for (const as of ['supervisor', 'admin'] as const) {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await signInAs(page, users[as]);
    for (const list of lists.filter((l) => l.as === as)) {
      for (const width of PHONES) {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(list.path);
        expect(response?.status(), list.path).toBe(200);
        if (list.cards) expect(await page.locator(CARD).count(), `${list.path} has cards`).toBeGreaterThan(0);
        expect(await layoutProblems(page), `${list.path} at ${width} px`).toEqual([]);
      }
    }
    await context.close();
  }
}

/** At 1280 px the report's words and contacts are in view, and an unfiled week is marked in words. */
async function checkWideReport(page: Page) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/reports/weekly');
  const table = page.getByTestId('report-table');
  for (const column of ['本周进展', '下周计划', '存在问题', '包联领导', '专职推进干部', '常驻联络员']) {
    const box = await table.getByRole('columnheader', { name: column, exact: true }).boundingBox();
    expect(box, column).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0), `${column} within the window`).toBeLessThanOrEqual(1280);
  }
  const unfiled = page.locator('[data-testid="report-row"][data-filed="false"]');
  expect(await unfiled.count()).toBeGreaterThan(0);
  const first = unfiled.first();
  await expect(first.getByTestId('not-filed-mark')).toHaveText('未报送');
  const tint = await first.evaluate((row) => getComputedStyle(row).backgroundColor);
  const filedTint = await page
    .locator('[data-testid="report-row"][data-filed="true"]')
    .first()
    .evaluate((row) => getComputedStyle(row).backgroundColor);
  expect(tint).not.toBe(filedTint);
  // The project's name stays in view when the table is scrolled to its last columns.
  const name = first.locator('td').nth(1);
  await table.locator('xpath=..').evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  const nameBox = await name.boundingBox();
  expect(nameBox?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
}

test.describe('the demo zone', () => {
  const users = { supervisor: 'duban', admin: 'admin' };

  test('every list is cards at 360 and 390 px, with no sideways scrolling', async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    await checkPhones(browser, baseURL ?? '', users, [...LISTS, ...DEMO_ZONE_PAGES]);
  });

  test('the weekly report at 1280 px keeps the words and contacts in view, unfiled rows marked', async ({
    page,
  }) => {
    await signInAs(page, users.supervisor);
    await checkWideReport(page);
  });

  test('a project card says its light, stage and 三个一 and opens the project', async ({ page }) => {
    await signInAs(page, users.supervisor);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/projects');
    await expect(page.getByRole('columnheader').first()).toBeHidden();
    const card = page.getByTestId('project-row').first();
    await expect(card.locator('[data-light]')).toBeVisible();
    await expect(card.locator('[data-role]')).toHaveCount(3);
    await expect(card.getByTestId('late-count')).toBeHidden();
    const stage = card.locator('td').nth(2);
    expect(await stage.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"阶段"');
    const link = card.getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page).toHaveURL(/\/projects\/\d+$/, { timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });
});

test.describe('a zone of 500 projects', () => {
  let app: RunningApp | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const port = process.env.E2E_PORT ?? '3100';
    const dir = path.resolve('.data', `e2e-${port}-big-zone`, 'pglite');
    rmSync(dir, { recursive: true, force: true });
    await createBigZoneDatabase(dir);
    app = await startBuiltApp({ pgliteDir: dir });
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  test('every list is cards at 360 and 390 px, with no sideways scrolling', async ({ browser }) => {
    test.setTimeout(240_000);
    const bigUsers = { supervisor: BIG_ZONE_USERS.supervisor, admin: BIG_ZONE_USERS.admin };
    await checkPhones(browser, app?.url ?? '', bigUsers, LISTS);
  });

  test('the weekly report of 500 projects at 1280 px keeps the words and contacts in view', async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: app?.url, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInAs(page, BIG_ZONE_USERS.supervisor);
    await checkWideReport(page);
    await expect(page.getByTestId('report-summary')).toContainText('项目 500 个');
    await expect(page.getByTestId('report-row')).toHaveCount(50);
    await context.close();
  });
});
