import { expect, type Page, test } from '@playwright/test';
import { openProject, postServerAction, serverActionId, signInAs, switchToEnglish } from './fixtures';

// Runs after milestones.spec.ts (files run in name order): 点火/试运营 is done by then, 投产 is still open.
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // liaison 徐某 (xu); plan approved in the demo
const MILESTONE = '投产';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The row of the change request form that holds the milestone of that name. */
async function requestRow(page: Page, name: string) {
  const rows = page.getByTestId('plan-row');
  for (let i = 0; i < (await rows.count()); i++)
    if ((await rows.nth(i).getByLabel('节点').inputValue()) === name) return rows.nth(i);
  throw new Error(`no row for ${name}`);
}

test('an approved plan: the liaison asks for a new date, the supervisor approves it, and the delay shows', async ({
  browser,
}) => {
  const liaison = await browser.newPage();
  await signInAs(liaison, 'xu');
  await openProject(liaison, PROJECT);
  await expect(liaison.getByTestId('plan-status')).toContainText('基准计划 第1版');
  const milestone = liaison.getByTestId('milestone').filter({ hasText: MILESTONE }).last();
  // the editor offers status, actual date and note, but no name or planned date any more
  await milestone.getByRole('button', { name: '更新' }).click();
  await expect(milestone.getByTestId('milestone-form').getByLabel('状态')).toBeVisible();
  await expect(milestone.getByTestId('milestone-form').getByLabel('计划日期')).toHaveCount(0);
  await milestone.getByRole('button', { name: '取消' }).click();

  // a forged POST that re-dates the milestone is refused, and the date stays
  const id = Number(await milestone.getAttribute('data-milestone-id'));
  const version = Number(await milestone.getAttribute('data-version'));
  const forged = await postServerAction(
    liaison.context().request,
    liaison.url(),
    serverActionId('lib/actions/milestones.ts', 'updateMilestone'),
    [
      {
        milestoneId: id,
        version,
        status: 'in_progress',
        plannedOn: addDays(new Date().toISOString().slice(0, 10), 365),
      },
    ],
  );
  expect(forged.body).toContain('"code":"forbidden"');

  await liaison.getByRole('button', { name: '申请调整计划' }).click();
  const row = await requestRow(liaison, MILESTONE);
  const planned = await row.getByLabel('计划日期').inputValue();
  const later = addDays(planned, 30);
  await row.getByLabel('计划日期').fill(later);
  await liaison.getByLabel('调整原因').fill('设备供应商交货推迟一个月');
  await liaison.getByRole('button', { name: '提交申请' }).click();
  const pending = liaison.getByTestId('plan-request');
  await expect(pending).toContainText('待审批的计划调整申请');
  await expect(pending.getByTestId('plan-diff')).toContainText(
    `「${MILESTONE}」计划日期 ${planned} → ${later}`,
  );
  await expect(liaison.getByRole('button', { name: '申请调整计划' })).toHaveCount(0);

  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/plan-requests');
  const queued = supervisor.getByTestId('plan-request-row').filter({ hasText: PROJECT });
  await expect(queued).toContainText('设备供应商交货推迟一个月');
  await queued.getByRole('link', { name: '查看并审批' }).click();
  const request = supervisor.getByTestId('plan-request');
  await request.getByTestId('approve-change').getByLabel('批示').fill('同意，抓紧协调');
  await request.getByRole('button', { name: '批准' }).click();
  await expect(supervisor.getByTestId('plan-status')).toContainText('基准计划 第2版');
  await expect(supervisor.getByTestId('plan-figures')).toContainText('调整 1 次');
  const redated = supervisor.getByTestId('milestone').filter({ hasText: MILESTONE }).last();
  await expect(redated).toContainText(later);
  await expect(redated.getByTestId('slip')).toHaveText('延期 30 天');

  // 项目动态: the request and the approval, newest first, in Chinese and then in English
  const entries = supervisor.getByTestId('timeline-entry');
  await expect(entries.nth(0)).toContainText('批准了计划调整');
  await expect(entries.nth(0)).toContainText('同意，抓紧协调');
  await expect(entries.nth(1)).toContainText('提出计划调整申请');
  await expect(entries.nth(1)).toContainText(`「${MILESTONE}」${planned} → ${later}`);
  await switchToEnglish(supervisor);
  await expect(entries.nth(0)).toContainText('Approved the plan change');
  await expect(entries.nth(1)).toContainText('Asked for a plan change');
  await supervisor.getByLabel('Language').selectOption('zh-CN');
  await expect(entries.nth(0)).toContainText('批准了计划调整');

  // the liaison hears of the decision
  await liaison.goto('/notifications');
  await expect(liaison.getByTestId('notification').first()).toContainText(
    '批准了「日盛达光伏玻璃生产线（二期）」的计划调整申请',
  );
});

test('the supervisor approves a draft plan', async ({ page }) => {
  await signInAs(page, 'duban');
  await openProject(page, '浙江矽盛电子单晶硅项目');
  await expect(page.getByTestId('plan-status')).toContainText('计划草稿');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '确认计划' }).click();
  await expect(page.getByTestId('plan-status')).toContainText('基准计划 第1版');
});
