import { expect, test } from '@playwright/test';
import { PASSWORD, signInAs, switchToEnglish } from './fixtures';

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

  await switchToEnglish(page);
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

test('a browser that signed in before is not slowed by someone guessing its account', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const signInWithForm = async () => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill('shangwu');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).not.toHaveURL(/\/login/);
  };
  // The form's sign-in (a server action) leaves the known-device note, out of the page's scripts' reach.
  await signInWithForm();
  const note = (await page.context().cookies()).find((c) => c.name === 'kp.known-device');
  expect(note).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.goto('/logout');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);

  // A stranger guesses until the account must wait; now even the right password waits, from there.
  const stranger = (await browser.newContext({ baseURL })).request;
  const attempt = async (password: string) => {
    const { csrfToken } = await (await stranger.get('/api/auth/csrf')).json();
    const response = await stranger.post('/api/auth/callback/credentials', {
      form: { csrfToken, username: 'shangwu', password },
      maxRedirects: 0,
    });
    return response.headers().location ?? '';
  };
  // Five free failures, then four more, each after the wait (1, 2, 4, 8 s) the one before imposed: the
  // account now waits 16 s.
  for (let failures = 1; failures <= 9; failures++) {
    expect(await attempt(`guess-${failures}`)).toContain('error=');
    if (failures >= 5 && failures < 9) await page.waitForTimeout(2 ** (failures - 5) * 1000 + 200);
  }
  expect(await attempt(PASSWORD)).toContain('error=');

  // The owner's browser signs in at once.
  await signInWithForm();
  await page.goto('/projects');
  await expect(page.getByTestId('project-row').first()).toBeVisible();
});
