import { expect, test } from '@playwright/test';
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
