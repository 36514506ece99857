import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInAs } from './fixtures';

test('a supervisor opens the dashboard and clicks a KPI through to the projects behind it', async ({
  page,
}) => {
  await signInAs(page, 'duban');
  await page.goto('/dashboard');
  const card = page.getByTestId('kpi-signedStarted');
  await expect(card).toContainText('签约项目开工率');
  const [, met, listed] = /(\d+)\/(\d+)/.exec((await card.textContent()) ?? '') ?? [];
  expect(Number(listed)).toBeGreaterThan(0);

  await card.click();
  await expect(page.getByTestId('kpi-row')).toHaveCount(Number(listed));
  await expect(page.locator('[data-testid="kpi-row"][data-met="true"]')).toHaveCount(Number(met));
  // each row opens its project
  await page.getByTestId('kpi-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
});

test('officials do not get the dashboard', async ({ page }) => {
  await signInAs(page, 'xu');
  const response = await page.goto('/dashboard');
  expect(response?.status()).toBe(404);
});

test('report downloads follow the page’s permissions: signed out, forged, other zone', async ({
  browser,
  baseURL,
}) => {
  const anonymous = await browser.newContext();
  const redirected = await anonymous.request.get('/api/reports/weekly/csv', { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  await anonymous.addCookies([{ name: 'authjs.session-token', value: 'forged', url: baseURL ?? '' }]);
  expect((await anonymous.request.get('/api/reports/weekly/csv')).status()).toBe(401);

  const other = await browser.newPage();
  await signInAs(other, 'gaoxin');
  const zoneOfReport = 1; // 上党经开区, the seed's first zone
  expect((await other.context().request.get(`/api/reports/weekly/xlsx?zone=${zoneOfReport}`)).status()).toBe(
    404,
  );

  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  const csv = await supervisor.context().request.get(`/api/reports/weekly/csv?zone=${zoneOfReport}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

test('the city’s account downloads every zone’s report in one workbook; a zone’s supervisor is not offered it', async ({
  browser,
}) => {
  const zone = await browser.newPage();
  await signInAs(zone, 'duban');
  await zone.goto('/reports/weekly');
  await expect(zone.getByTestId('download-xlsx')).toBeVisible();
  await expect(zone.getByTestId('all-zones-downloads')).toHaveCount(0);

  const city = await browser.newPage();
  await signInAs(city, 'shangwu');
  await city.goto('/reports/weekly');
  const [download] = await Promise.all([
    city.waitForEvent('download'),
    city.getByTestId('download-all-xlsx').click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  // 全市汇总 first, then a sheet per zone (the ten zones of the demo)
  const names = book.worksheets.map((s) => s.name);
  expect(names.slice(0, 3)).toEqual(['全市汇总', '上党经济技术开发区', '长治高新技术产业开发区']);
  expect(names).toHaveLength(11);
  const projectsIn = (sheet?: ExcelJS.Worksheet) =>
    (sheet?.getSheetValues() ?? []).filter((r) => Array.isArray(r) && typeof r[1] === 'number').length;
  expect(book.worksheets.slice(1, 3).map(projectsIn)).toEqual([27, 3]);
});
