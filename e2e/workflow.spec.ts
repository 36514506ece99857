import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoUsers } from '@/db/seed/demo-people';
import { focusLive, signInAs } from './fixtures';

const PROJECT = '石英砂提纯项目'; // its liaison's account is disabled, and it has not reported this week

test('a supervisor assigns a new liaison, who files the week’s report on a phone', async ({ browser }) => {
  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/weekly');
  await expect(supervisor.getByTestId('not-filed')).toContainText(PROJECT);

  await supervisor.getByTestId('not-filed').getByRole('link', { name: PROJECT }).click();
  const liaison = supervisor.getByTestId('contacts').locator('[data-role="liaison"]');
  await expect(liaison.getByTestId('holder')).toContainText('已停用');
  await liaison.getByRole('button', { name: '更换' }).click();
  await liaison.getByLabel('干部').selectOption({ label: '林某 · 企业服务科科员' });
  await liaison.getByRole('button', { name: '更换' }).click();
  await expect(liaison.getByTestId('holder')).toContainText('林某');
  await expect(supervisor.getByTestId('contact-history')).toContainText('罗某', { useInnerText: false });

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  await signInAs(page, 'lin');
  await page.goto('/');
  await expect(page).toHaveURL(/\/my$/);
  const card = page.getByTestId('to-file').filter({ hasText: PROJECT });
  await expect(card).toContainText('本周未报送');
  await card.getByRole('link', { name: '填报' }).click();

  const form = page.getByTestId('progress-form');
  await form.getByLabel('本周进展').fill('与企业对接提纯工艺方案，确定入驻标准化厂房意向。');
  await form.getByLabel('下周计划').fill('推动签约，跟进用地手续。');
  await form.getByLabel('本周完成投资（万元）').fill('0');
  // one screen: the whole form, button included, fits a 390 px phone without scrolling
  await expect(form.getByRole('button', { name: '报送' })).toBeInViewport();
  await form.getByRole('button', { name: '报送' }).click();
  await expect(page.getByTestId('saved')).toBeVisible();

  await page.goto('/my');
  await expect(page.getByTestId('filed-project').filter({ hasText: PROJECT })).toBeVisible();
  await expect(page.getByTestId('to-file').filter({ hasText: PROJECT })).toHaveCount(0);
  await supervisor.goto('/weekly');
  await expect(supervisor.getByTestId('weekly-summary')).toBeVisible();
  await expect(supervisor.getByTestId('not-filed')).not.toContainText(PROJECT);
});

test('a leader advances a project’s stage; a supervisor corrects it with a reason', async ({ browser }) => {
  const leader = await browser.newPage();
  await signInAs(leader, 'zhang');
  await leader.goto('/projects');
  await leader.getByRole('link', { name: '上海欧朗德年产2GWh新型储能装备制造产业化项目' }).click();
  await expect(leader.getByTestId('stage')).toHaveText('签约');
  await leader.getByTestId('advance-stage').getByRole('button', { name: '推进至开工' }).click();
  await expect(leader.getByTestId('stage')).toHaveText('开工');
  await expect(leader.getByTestId('stage-timeline')).toContainText('签约 → 开工');
  await expect(leader.getByTestId('correct-stage')).toHaveCount(0);

  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto(leader.url());
  await supervisor.getByText('更正阶段（督查）').click();
  const correction = supervisor.getByTestId('correct-stage');
  await correction.getByLabel('更正为').selectOption({ label: '签约' });
  await correction.getByRole('button', { name: '确认更正' }).click();
  await expect(correction.getByText('请填写更正原因')).toBeVisible();
  await correction.getByLabel('更正原因').fill('开工手续未办结，误报');
  await correction.getByRole('button', { name: '确认更正' }).click();
  await expect(supervisor.getByTestId('stage')).toHaveText('签约');
  await expect(supervisor.getByTestId('stage-timeline')).toContainText('开工手续未办结，误报');
});

test('an admin disables an official, whose open session stops at once', async ({ browser }) => {
  const official = await browser.newPage();
  await signInAs(official, 'sun');
  await official.goto('/my');
  await expect(official.getByTestId('viewer')).toContainText('孙某');

  const admin = await browser.newPage();
  await signInAs(admin, 'admin');
  await admin.goto('/admin/users');
  await admin.getByTestId('user-row').filter({ hasText: '孙某' }).getByRole('link').first().click();
  await admin.getByTestId('disable-toggle').click();
  await admin.getByRole('dialog').getByRole('button', { name: '停用账号' }).click();
  await expect(admin.getByTestId('disable-toggle')).toHaveAttribute('data-disabled', 'true');

  await official.goto('/my');
  await expect(official).toHaveURL(/\/login/);

  await admin.getByTestId('disable-toggle').click();
  await expect(admin.getByTestId('disable-toggle')).toHaveAttribute('data-disabled', 'false');
});

test('an admin creates a key project that starts from the template', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/projects');
  await page.getByRole('link', { name: '新建项目' }).click();
  const form = page.getByTestId('create-project');
  await form.getByLabel('项目名称').fill('锯片智能产线二期');
  await form.getByLabel('建设单位').fill('雄山集团有限公司');
  await form.getByLabel('园区').selectOption({ label: '智能制造产业园' });
  await form.getByLabel('建设性质').selectOption({ label: '新建' });
  await form.getByLabel('项目阶段').selectOption({ label: '签约' });
  await form.getByLabel('总投资（万元）').fill('12000');
  await form.getByRole('button', { name: '创建项目' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('锯片智能产线二期');
  await expect(page.getByTestId('milestone-name')).toHaveText([
    '签约',
    '开工',
    '主体结构封顶',
    '主体完工',
    '设备安装',
    '安装调试',
    '投产',
    '达效',
  ]);
});

test('a supervisor downloads this week’s xlsx, closes the week, and its report can no longer be edited', async ({
  browser,
}) => {
  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/reports/weekly');
  await expect(supervisor.getByTestId('report-summary')).toContainText('项目');
  const rowsOnPage = await supervisor.getByTestId('report-row').count();
  expect(rowsOnPage).toBeGreaterThanOrEqual(27);

  const [download] = await Promise.all([
    supervisor.waitForEvent('download'),
    supervisor.getByTestId('download-xlsx').click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const names: string[] = [];
  sheet?.eachRow((row, n) => {
    if (n > 3 && typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
  });
  expect(names).toHaveLength(rowsOnPage);
  expect(names).toContain('日盛达光伏玻璃生产线（二期）');

  supervisor.once('dialog', (dialog) => dialog.accept());
  await supervisor.getByTestId('close-week').click();
  await expect(supervisor.getByTestId('week-closed')).toHaveAttribute('data-closed', 'true');

  const official = await browser.newPage();
  await signInAs(official, 'xu');
  await official.goto('/my');
  await official
    .locator('[data-testid="to-file"], [data-testid="filed-project"]')
    .first()
    .getByRole('link', { name: /填报|修改/ })
    .click();
  await expect(official.getByTestId('week-closed-notice')).toBeVisible();
  await expect(official.getByTestId('progress-form').getByRole('button')).toBeDisabled();

  await supervisor.getByTestId('reopen-week').getByLabel('重新打开的原因').fill('e2e 后续测试需要');
  await supervisor.getByTestId('reopen-week').getByRole('button', { name: '重新打开' }).click();
  await expect(supervisor.getByTestId('week-closed')).toHaveAttribute('data-closed', 'false');
});

test('a supervisor chases the week’s missing reports from a phone; an official reads the 催报 and opens the week', async ({
  browser,
}) => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const supervisor = await phone.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/weekly');
  const rows = supervisor.getByTestId('not-filed').getByTestId('weekly-row');
  const missing = await rows.count();
  // the leader of the first project still missing its report is one of those told
  const leaderName = (await rows.first().locator('[data-role="leader"] > span').nth(1).textContent()) ?? '';
  const leader = demoUsers.find((u) => u.name === leaderName);
  if (!leader) throw new Error(`no demo user named ${leaderName}`);

  const chase = supervisor.getByTestId('chase-form');
  // first the last project alone, picked from the list; then the rest, which leaves it out
  expect(missing).toBeGreaterThan(1);
  const lastName = (await rows.last().getByRole('link').first().textContent()) ?? '';
  await focusLive(chase.getByLabel('附言（可选）'));
  await chase.locator('summary').click();
  await chase.getByLabel(lastName, { exact: true }).check();
  await chase.getByRole('button', { name: '催报 1 个项目' }).click();
  await expect(chase.getByTestId('chase-done')).toContainText('已催报 1 个项目');
  await chase.getByLabel('附言（可选）').fill('请于周五12时前报送');
  await chase.getByRole('button', { name: `催报 ${missing} 个项目` }).click();
  await expect(chase.getByTestId('chase-done')).toContainText(`已催报 ${missing - 1} 个项目，通知`);
  await expect(chase.getByTestId('chase-done')).toContainText('1 个项目刚催报过，已跳过');
  // a second tap within the quiet period is refused, and says why
  await chase.getByRole('button', { name: `催报 ${missing} 个项目` }).click();
  await expect(chase).toContainText('所选项目刚催报过');

  const official = await browser.newPage();
  await signInAs(official, leader.username);
  await official.goto('/notifications');
  const notice = official.getByTestId('notification').filter({ hasText: '催报' }).first();
  await expect(notice).toContainText('请于周五12时前报送');
  await notice.getByRole('link').click();
  // the week chased: an official with several projects missing starts from their own list
  await expect(official).toHaveURL(/\/(my|projects\/\d+\/week\?week=\d{4}-\d{2}-\d{2})$/);
});
