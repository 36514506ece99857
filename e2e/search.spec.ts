import { expect, type Page, test } from '@playwright/test';
import { signInAs } from './fixtures';

const PROJECT = '日盛达光伏玻璃生产线（二期）';
// The project and blocker pages a result opens are the app's heaviest; a busy machine takes a while.
test.describe.configure({ timeout: 90_000 });
const OPENED = { timeout: 20_000 };

async function searchFromHeader(page: Page, q: string) {
  const box = page.getByRole('banner').getByRole('searchbox', { name: '搜索' });
  await box.fill(q);
  await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(q)}`);
}

test('typing pinyin initials in the header box finds the project and opens it, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'ma');
  await page.goto('/projects');
  await searchFromHeader(page, 'rsd');
  const projects = page.getByTestId('results-projects');
  await expect(projects.getByRole('link', { name: new RegExp(PROJECT) })).toBeVisible();
  // A phone's width: the result page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await projects.getByRole('link', { name: new RegExp(PROJECT) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PROJECT, OPENED);
});

test('partial Chinese finds the project, a blocker and a park, grouped by kind', async ({ page }) => {
  await signInAs(page, 'duban');
  await page.goto('/dashboard');
  await searchFromHeader(page, '光伏');
  await expect(page.getByTestId('results-projects')).toContainText(PROJECT);
  await expect(page.getByTestId('results-parks').getByRole('link', { name: /光伏产业园/ })).toHaveAttribute(
    'href',
    /\/projects\?park=\d+/,
  );
  await page.goto('/search?q=用能指标');
  await page
    .getByTestId('results-blockers')
    .getByRole('link', { name: /窑炉点火用能指标待落实/ })
    .click();
  await expect(page).toHaveURL(/\/blockers\/\d+$/, OPENED);
});

test('the search works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, 'ma');
  await page.goto('/projects');
  await searchFromHeader(page, '日盛达');
  await expect(page.getByTestId('results-projects')).toContainText(PROJECT);
  await context.close();
});

test('another zone’s projects never appear', async ({ page }) => {
  await signInAs(page, 'gaoxin');
  await page.goto('/search?q=日盛达');
  await expect(page.getByTestId('search-none')).toBeVisible();
  await expect(page.getByTestId('results-projects')).toHaveCount(0);
});

test('an empty query shows the hint; an impossible one is not found', async ({ page }) => {
  await signInAs(page, 'ma');
  await page.goto('/search?q=%20%20');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
  await expect(page.getByText('拼音首字母')).toBeVisible();
  expect((await page.goto(`/search?q=${'x'.repeat(51)}`))?.status()).toBe(404);
  expect((await page.goto('/search?q=%00'))?.status()).toBe(404);
  expect((await page.goto('/search?q=a&q=b'))?.status()).toBe(200);
});
