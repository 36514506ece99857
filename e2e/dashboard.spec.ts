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
