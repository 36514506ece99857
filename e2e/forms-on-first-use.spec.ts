import { expect, type Page, test } from '@playwright/test';
import { openProject, PASSWORD, signInAs } from './fixtures';

// A form's code (react-hook-form, the form's logic) is fetched when someone first uses the form, not with the
// page (app/_components/on-first-use.tsx). These check what a person on a slow link would meet: the form is
// there with its stored values before its code, nothing typed or tapped in the meantime is lost, and the bare
// HTML form is never submitted by the browser.

/** Holds every script fetched from now on for `ms`, as a slow link would, and counts them. */
async function slowScripts(page: Page, ms: number) {
  const fetched: string[] = [];
  await page.route('**/_next/static/chunks/**', async (route) => {
    fetched.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
  return fetched;
}

test('a form page fetches no form code until a form is used, then only on the first focus', async ({
  page,
}) => {
  await signInAs(page, 'xu');
  await page.goto('/profile', { waitUntil: 'networkidle' });
  const fetched = await slowScripts(page, 0);
  const mobile = page.getByTestId('profile-form').locator('input[name="mobile"]');
  await page.waitForTimeout(500);
  expect(fetched).toEqual([]);
  await mobile.focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
});

test('stored values are in the server HTML, before the form code runs', async ({ page }) => {
  await signInAs(page, 'xu');
  const html = await (await page.context().request.get('/profile')).text();
  // The profile form shows the stored mobile number in the markup itself, not only once its code has run.
  const mobile = /<input[^>]*name="mobile"[^>]*>/.exec(html)?.[0] ?? '';
  expect(mobile).toMatch(/value="1\d{10}"/);
});

test('typing and submitting before the form code has arrived signs in once it has', async ({ page }) => {
  await page.goto('/login?next=%2Fprojects', { waitUntil: 'networkidle' });
  const fetched = await slowScripts(page, 1500);
  await page.getByLabel('用户名').fill('xu');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  // Still the bare HTML: the browser did not submit it (that would put the password in the address).
  expect(page.url()).not.toContain('password');
  await expect(page).toHaveURL(/\/projects$/, { timeout: 15_000 });
  expect(fetched.length).toBeGreaterThan(0);
});

test('a tap on a submit button before the code has arrived is replayed, with the values typed', async ({
  page,
}) => {
  await page.goto('/login', { waitUntil: 'networkidle' });
  await slowScripts(page, 1500);
  // No such account: a refusal that counts against nobody's sign-in throttle.
  await page.getByLabel('用户名').fill('nobody-here');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  expect(page.url()).not.toContain('password');
  // The form's own answer to a refused sign-in: the tap reached the live form, with both values.
  await expect(page.getByTestId('form-error')).toHaveText('用户名或密码错误，或账号已停用', {
    timeout: 15_000,
  });
  await expect(page.getByLabel('用户名')).toHaveValue('nobody-here');
});

test('a stored value changed before the form code has arrived is the one saved', async ({ page }) => {
  await signInAs(page, 'shangwu');
  await page.goto('/profile', { waitUntil: 'networkidle' });
  await slowScripts(page, 1500);
  const mobile = page.getByLabel('手机');
  await expect(mobile).toHaveValue(/^1\d{10}$/);
  await mobile.fill('13912345678');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible({ timeout: 15_000 });
  // A delayed script may still be waiting in its handler: it is not wanted any more.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByLabel('手机')).toHaveValue('13912345678');
});

test('a week’s report rewritten before the form code has arrived is the one saved (a textarea)', async ({
  page,
}) => {
  // This project's week is filed (by the seed, then edit-conflict.spec.ts); no later spec reads it.
  await signInAs(page, 'wang');
  await openProject(page, '华南智慧融创科技园');
  await page.goto(`${new URL(page.url()).pathname}/week`, { waitUntil: 'networkidle' });
  await slowScripts(page, 1500);
  const progress = page.getByTestId('progress-form').getByLabel('本周进展');
  await expect(progress).not.toHaveValue('');
  // Hydrating a textarea, React puts the server's text back: the form must still save what was typed.
  await progress.fill('王某：屋面完成，转入设备安装。');
  await page.getByTestId('progress-form').getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('saved')).toBeVisible({ timeout: 15_000 });
  // A delayed script may still be waiting in its handler: it is not wanted any more.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByTestId('progress-form').getByLabel('本周进展')).toHaveValue(
    '王某：屋面完成，转入设备安装。',
  );
});

test('two taps on 保存 before the form code has arrived save once', async ({ page }) => {
  await signInAs(page, 'shangwu');
  await page.goto('/profile', { waitUntil: 'networkidle' });
  await slowScripts(page, 1500);
  await page.getByLabel('手机').fill('13987654321');
  const save = page.getByRole('button', { name: '保存', exact: true });
  await save.click();
  await save.click();
  await expect(page.getByText('已保存')).toBeVisible({ timeout: 15_000 });
  // A second submission would carry the same version and come back as an edit conflict.
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('edit-conflict')).toHaveCount(0);
  await expect(page.getByTestId('form-error')).toHaveCount(0);
});

test('when the form code fails to arrive, the next use fetches it again and nothing typed is lost', async ({
  page,
}) => {
  await page.goto('/login?next=%2Fprojects', { waitUntil: 'networkidle' });
  // Offline at the first tap: every script fetch fails (the bundler's own retry too), then the link is back.
  let offline = true;
  let refused = 0;
  await page.route('**/_next/static/chunks/**', async (route) => {
    if (!offline) return route.continue();
    refused += 1;
    return route.abort('internetdisconnected');
  });
  await page.getByLabel('用户名').fill('xu');
  await expect.poll(() => refused).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  offline = false;
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await expect(page).toHaveURL(/\/projects$/, { timeout: 15_000 });
});
