import { expect, test } from '@playwright/test';
import { openProject, postServerAction, serverActionId, signInAs, zoneToday } from './fixtures';

const PROJECT = '日盛达光伏玻璃生产线（二期）'; // liaison 徐某 (xu); 马某 (ma) holds other projects
const MILESTONE = '点火/试运营';

test('a liaison signs in, marks a milestone done, and sees it after reload', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('用户名').fill('xu');
  await page.getByLabel('密码').fill('demo2024');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByTestId('viewer')).toContainText('徐某');

  await openProject(page, PROJECT);
  await expect(page.getByTestId('your-role')).toContainText('常驻联络');
  const milestone = page.getByTestId('milestone').filter({ hasText: MILESTONE });
  await expect(milestone.getByTestId('milestone-status')).toHaveText('进行中');

  await milestone.getByRole('button', { name: '更新' }).click();
  const form = milestone.getByTestId('milestone-form');
  await form.getByLabel('状态').selectOption('done');
  await form.getByRole('button', { name: '保存' }).click();
  // the shared schema refuses "done" without an actual date, in the browser, before any request
  await expect(form.getByText('已完成的节点须填写实际日期')).toBeVisible();
  await form.getByLabel('实际日期').fill(zoneToday());
  await form.getByLabel('备注').fill('点火成功，进入试运营');
  await form.getByRole('button', { name: '保存' }).click();

  await expect(milestone.getByTestId('milestone-status')).toHaveText('已完成');
  await page.reload();
  const reloaded = page.getByTestId('milestone').filter({ hasText: MILESTONE });
  await expect(reloaded.getByTestId('milestone-status')).toHaveText('已完成');
  await expect(reloaded).toContainText(zoneToday());
  await expect(reloaded).toContainText('点火成功，进入试运营');
});

test('an unassigned official sees no control, and a forged POST of the action is refused', async ({
  browser,
}) => {
  const actionId = serverActionId('lib/actions/milestones.ts', 'updateMilestone');

  const outsider = await browser.newPage();
  await signInAs(outsider, 'ma');
  await openProject(outsider, PROJECT);
  await expect(outsider.getByTestId('your-role')).toHaveCount(0);
  await expect(outsider.getByTestId('milestone').first()).toBeVisible();
  await expect(outsider.getByRole('button', { name: '更新' })).toHaveCount(0);

  const item = outsider.getByTestId('milestone').filter({ hasText: '达效' });
  const id = Number(await item.getAttribute('data-milestone-id'));
  const version = Number(await item.getAttribute('data-version'));
  const statusBefore = await item.getByTestId('milestone-status').textContent();
  const forged = [{ milestoneId: id, version, status: 'done', actualOn: zoneToday(), note: 'forged' }];

  const refused = await postServerAction(outsider.context().request, outsider.url(), actionId, forged);
  expect(refused.body).toContain('"code":"forbidden"');
  await outsider.reload();
  await expect(
    outsider.getByTestId('milestone').filter({ hasText: '达效' }).getByTestId('milestone-status'),
  ).toHaveText(statusBefore ?? '');
  await expect(outsider.getByText('forged')).toHaveCount(0);

  // The same request from the assigned liaison goes through: the refusal above is the permission, not the format.
  const insider = await browser.newPage();
  await signInAs(insider, 'xu');
  const accepted = await postServerAction(insider.context().request, outsider.url(), actionId, forged);
  expect(accepted.body).toContain('"ok":true');
  await outsider.reload();
  await expect(
    outsider.getByTestId('milestone').filter({ hasText: '达效' }).getByTestId('milestone-status'),
  ).toHaveText('已完成');

  // Without any session the action refuses too (the proxy's redirect is comfort, so bypass it with a cookie).
  const anonymous = await browser.newContext();
  await anonymous.addCookies([{ name: 'authjs.session-token', value: 'forged', url: outsider.url() }]);
  const anon = await postServerAction(anonymous.request, outsider.url(), actionId, forged);
  expect(anon.body).toContain('"code":"unauthenticated"');
});

test('two officials save the same milestone: the second sees a conflict and the newer values', async ({
  browser,
}) => {
  const [first, second] = [await browser.newPage(), await browser.newPage()];
  await signInAs(first, 'liu');
  await signInAs(second, 'zhang');
  for (const page of [first, second]) {
    await openProject(page, PROJECT);
    await page
      .getByTestId('milestone')
      .filter({ hasText: '投产' })
      .getByRole('button', { name: '更新' })
      .click();
  }
  const formOf = (page: typeof first) =>
    page.getByTestId('milestone').filter({ hasText: '投产' }).getByTestId('milestone-form');

  await formOf(first).getByLabel('备注').fill('刘某：设备到货');
  await formOf(first).getByRole('button', { name: '保存' }).click();
  await expect(first.getByTestId('milestone').filter({ hasText: '投产' })).toContainText('刘某：设备到货');

  await formOf(second).getByLabel('备注').fill('张某：会覆盖吗');
  await formOf(second).getByRole('button', { name: '保存' }).click();
  await expect(formOf(second).getByTestId('edit-conflict')).toContainText('该记录已被他人修改');
  // the draft stays, with the newer value beside it (edit-conflict.spec.ts saves it over or drops it)
  await expect(formOf(second).getByLabel('备注')).toHaveValue('张某：会覆盖吗');
  await expect(formOf(second).getByTestId('their-value')).toHaveText('已被他人修改为：刘某：设备到货');

  await first.reload();
  await expect(first.getByTestId('milestone').filter({ hasText: '投产' })).toContainText('刘某：设备到货');
  await expect(first.getByText('张某：会覆盖吗')).toHaveCount(0);
});
