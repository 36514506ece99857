import { expect, type Page, test } from '@playwright/test';
import { focusLive, openProject, signInAs } from './fixtures';

const PROJECT = '光伏产业园项目（孵化楼及10万平米标准化厂房）'; // cadre 周某 (zhou); no other spec issues on it
const MATTER = '孵化楼主体验收滞后，请说明原因及完成时间';

/** The notice's state as its page shows it, after a reload (what the other side sees next). */
async function statusOf(page: Page) {
  await page.reload();
  return page.getByTestId('notice-status');
}

test('督办单: issued on a project, replied, sent back, replied again and accepted; printable on A4', async ({
  browser,
}) => {
  test.slow(); // two people, five steps
  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await openProject(supervisor, PROJECT);
  await supervisor.getByRole('button', { name: '下发督办单' }).click();
  const form = supervisor.getByTestId('issue-notice');
  await form.getByLabel('督办事项').fill(MATTER);
  await form.getByLabel('责任人').selectOption({ label: '周某（专职推进）' });
  await form.getByLabel('责任单位').fill('规划建设科');
  await form.getByLabel('领导批示').fill('请于月底前完成验收');
  await form.getByRole('button', { name: '下发' }).click();
  const issued = supervisor.getByTestId('notice-issued');
  await expect(issued).toContainText(/已下发 上党督〔\d{4}〕\d+号/);
  const number = ((await issued.textContent()) ?? '').replace('已下发 ', '');
  const listed = supervisor.getByTestId('project-notice').filter({ hasText: number });
  await expect(listed).toContainText('待回复');

  // the addressee hears of it and replies from the notice itself
  const cadre = await browser.newPage();
  await signInAs(cadre, 'zhou');
  await cadre.goto('/notifications');
  await cadre.getByTestId('notification').filter({ hasText: number }).getByRole('link').first().click();
  await expect(cadre.getByTestId('notice-number')).toHaveText(number);
  await expect(cadre.getByTestId('notice-sheet')).toContainText('请于月底前完成验收');
  await focusLive(cadre.getByTestId('notice-reply').getByLabel('回复内容'));
  await cadre.getByTestId('notice-reply').getByLabel('回复内容').fill('消防验收排期至下周，预计15日完成。');
  await cadre.getByTestId('notice-reply').getByRole('button', { name: '回复' }).click();
  await expect(cadre.getByTestId('notice-events')).toContainText('消防验收排期至下周');
  await expect(cadre.getByTestId('notice-status')).toHaveText('待审核');
  // the addressee cannot close it
  await expect(cadre.getByTestId('notice-accept')).toHaveCount(0);

  await listed.getByRole('link', { name: number }).click();
  await expect(supervisor.getByTestId('notice-number')).toHaveText(number);
  await expect(await statusOf(supervisor)).toHaveText('待审核');
  await focusLive(supervisor.getByTestId('notice-return').getByLabel('退回原因'));
  await supervisor.getByTestId('notice-return').getByLabel('退回原因').fill('请写明验收后的投用安排');
  await supervisor.getByTestId('notice-return').getByRole('button', { name: '退回' }).click();
  await expect(supervisor.getByTestId('notice-status')).toHaveText('待回复');

  await expect(await statusOf(cadre)).toHaveText('待回复');
  await focusLive(cadre.getByTestId('notice-reply').getByLabel('回复内容'));
  await cadre.getByTestId('notice-reply').getByLabel('回复内容').fill('15日验收，20日投用。');
  await cadre.getByTestId('notice-reply').getByRole('button', { name: '回复' }).click();
  await expect(cadre.getByTestId('notice-status')).toHaveText('待审核');

  await expect(await statusOf(supervisor)).toHaveText('待审核');
  await focusLive(supervisor.getByTestId('notice-accept').getByLabel('审核意见（可选）'));
  await supervisor.getByTestId('notice-accept').getByRole('button', { name: '办结' }).click();
  await expect(supervisor.getByTestId('notice-status')).toHaveText('已办结');
  await expect(supervisor.getByTestId('notice-events').getByRole('listitem')).toHaveCount(4);

  // on a phone, without sideways scrolling; on paper, the sheet alone
  await cadre.setViewportSize({ width: 360, height: 780 });
  await cadre.reload();
  expect(await cadre.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await cadre.emulateMedia({ media: 'print' });
  await expect(cadre.getByTestId('notice-sheet')).toBeVisible();
  await expect(cadre.locator('body > header')).toBeHidden();
  await expect(cadre.getByRole('button', { name: '打印' })).toBeHidden();

  // the project's history tells the course
  await openProject(supervisor, PROJECT);
  const history = supervisor.locator('#timeline');
  await expect(history).toContainText(`下发督办单 ${number}`);
  await expect(history).toContainText(`督办单 ${number} 已办结`);
});

test('an overdue 督办单 is red on the dashboard and opens from there', async ({ page }) => {
  await signInAs(page, 'duban');
  await page.goto('/dashboard');
  const late = page.getByTestId('overdue-notices').getByTestId('overdue-notice').first();
  await expect(late).toContainText(/逾期 \d+ 天/);
  await expect(late.getByRole('link')).toHaveClass(/text-light-red/);
  await late.getByRole('link').click();
  await expect(page.getByTestId('notice-sheet')).toContainText('逾期未回复');
});
