import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures';

test('anonymous visitors are sent to the login page', async ({ page }) => {
  await page.goto('/projects/1');
  await expect(page).toHaveURL(/\/login\?next=%2Fprojects%2F1/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('xu');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('用户名或密码错误，或账号已停用');
  await expect(page).toHaveURL(/\/login/);
});

// Runs before workflow.spec.ts adds a project (files run in name order, one worker): the seeded zone as is.
test('the project list shows the zone in Chinese, switches to English, and filters', async ({ page }) => {
  await signInAs(page, 'duban');
  await page.goto('/projects');
  await expect(page.getByTestId('project-count')).toHaveText('共 27 个项目，总投资 103.6 亿元');
  await expect(page.getByTestId('project-row').first().locator('[data-role]')).toHaveCount(3);

  await page.getByLabel('园区').selectOption({ label: '光伏产业园' });
  await page.getByLabel('阶段').selectOption({ label: '洽谈' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(2);

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Key projects' })).toBeVisible();
  await expect(page.getByTestId('project-count')).toContainText('2 projects');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '重点项目' })).toBeVisible();
});

test('signing out ends the session, also for a copy of its cookie', async ({ page, browser, baseURL }) => {
  await signInAs(page, 'chakan');
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith('authjs.session-token'));
  await page.goto('/logout');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login/);

  const elsewhere = await browser.newContext({ baseURL });
  await elsewhere.addCookies(copied);
  const stolen = await elsewhere.newPage();
  await stolen.goto('/projects');
  await expect(stolen).toHaveURL(/\/login/);
  expect((await elsewhere.request.get('/api/reports/weekly/csv')).status()).toBe(401);
});
