import { expect, type Page, test } from '@playwright/test';
import { focusLive, openProject, signInAs } from './fixtures';

const PROJECT = '华南智慧融创科技园'; // 王某 (wang) and 陈某 (chen) both hold it; no other spec edits it
const MILESTONE = '主体结构封顶';

/** Two officials of the project, each signed in in a browser context of their own. */
async function twoEditors(browser: import('@playwright/test').Browser): Promise<[Page, Page]> {
  const pages: [Page, Page] = [await browser.newPage(), await browser.newPage()];
  await signInAs(pages[0], 'wang');
  await signInAs(pages[1], 'chen');
  return pages;
}

/** The page shows the conflict notice without any sideways scrolling on a narrow phone. */
async function expectNoSidewaysScrollAt360(page: Page) {
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(page.getByTestId('edit-conflict')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a milestone saved by someone else first: the second keeps their note and saves it over', async ({
  browser,
}) => {
  test.slow(); // two people signed in, each saving and reloading
  const [winner, loser] = await twoEditors(browser);
  const milestoneOf = (page: Page) => page.getByTestId('milestone').filter({ hasText: MILESTONE });
  for (const page of [winner, loser]) {
    await openProject(page, PROJECT);
    await milestoneOf(page).getByRole('button', { name: '更新' }).click();
  }
  const formOf = (page: Page) => milestoneOf(page).getByTestId('milestone-form');

  await formOf(winner).getByLabel('备注').fill('王某：顶板混凝土浇筑完成');
  await formOf(winner).getByRole('button', { name: '保存' }).click();
  await expect(milestoneOf(winner)).toContainText('王某：顶板混凝土浇筑完成');

  const mine = '陈某：钢结构验收通过，下周封顶';
  await formOf(loser).getByLabel('备注').fill(mine);
  await formOf(loser).getByRole('button', { name: '保存' }).click();
  await expect(formOf(loser).getByTestId('edit-conflict')).toContainText('该记录已被他人修改');
  await expect(formOf(loser).getByLabel('备注')).toHaveValue(mine);
  await expect(formOf(loser).getByTestId('their-value')).toHaveText(
    '已被他人修改为：王某：顶板混凝土浇筑完成',
  );
  // the status was not touched by either: no notice beside it
  await expect(formOf(loser).getByTestId('their-value')).toHaveCount(1);
  await expectNoSidewaysScrollAt360(loser);

  await formOf(loser).getByRole('button', { name: '用我的内容覆盖' }).click();
  await expect(milestoneOf(loser).getByTestId('milestone-form')).toHaveCount(0);
  await expect(milestoneOf(loser)).toContainText(mine);
  await loser.reload();
  await expect(milestoneOf(loser)).toContainText(mine);
  await winner.reload();
  await expect(milestoneOf(winner)).toContainText(mine);
  await expect(milestoneOf(winner)).not.toContainText('王某：顶板混凝土浇筑完成');
});

test('a week’s report filed by someone else first: the draft merges, and the second can drop it', async ({
  browser,
}) => {
  test.slow(); // two people signed in, each saving and reloading
  const [winner, loser] = await twoEditors(browser);
  await openProject(winner, PROJECT);
  const week = `${new URL(winner.url()).pathname}/week`;
  for (const page of [winner, loser]) await page.goto(week);
  const formOf = (page: Page) => page.getByTestId('progress-form');
  const submit = (page: Page) => formOf(page).getByRole('button', { name: /^(报送|保存修改)$/ });

  for (const page of [winner, loser]) await focusLive(formOf(page).getByLabel('本周进展'));
  await formOf(winner).getByLabel('本周进展').fill('王某：钢结构吊装完成八成。');
  await formOf(winner).getByLabel('本周完成投资（万元）').fill('120');
  await submit(winner).click();
  await expect(winner.getByTestId('saved')).toBeVisible();

  await formOf(loser).getByLabel('本周进展').fill('陈某：屋面板进场，吊装过半。');
  await submit(loser).click();
  const form = formOf(loser);
  await expect(form.getByTestId('edit-conflict')).toBeVisible();
  await expect(form.getByLabel('本周进展')).toHaveValue('陈某：屋面板进场，吊装过半。');
  await expect(form.getByTestId('their-value')).toHaveText('已被他人修改为：王某：钢结构吊装完成八成。');
  // the investment only the other person changed is taken over, not offered as a conflict
  await expect(form.getByLabel('本周完成投资（万元）')).toHaveValue('120');
  await expectNoSidewaysScrollAt360(loser);

  await form.getByRole('button', { name: '放弃我的修改' }).click();
  await expect(form.getByTestId('edit-conflict')).toHaveCount(0);
  await expect(form.getByLabel('本周进展')).toHaveValue('王某：钢结构吊装完成八成。');
  await loser.reload();
  await expect(formOf(loser).getByLabel('本周进展')).toHaveValue('王某：钢结构吊装完成八成。');
  await expect(formOf(loser).getByLabel('本周完成投资（万元）')).toHaveValue('120');
});

test('project facts edited by two supervisors: both changed the contact, the second’s draft wins on request', async ({
  browser,
}) => {
  test.slow();
  const [winner, loser] = [await browser.newPage(), await browser.newPage()];
  await signInAs(winner, 'duban');
  await signInAs(loser, 'shangwu');
  const formOf = async (page: Page) => {
    await page.getByText('修改项目信息').click();
    return page.getByTestId('project-edit');
  };
  await openProject(winner, PROJECT);
  await openProject(loser, PROJECT);
  const first = await formOf(winner);
  const second = await formOf(loser);

  await first.getByLabel('企业联系人').fill('赵经理');
  await first.getByRole('button', { name: '保存' }).click();
  await expect(winner.getByTestId('project-edit').getByLabel('企业联系人')).toHaveValue('赵经理');

  const summary = '主体施工，钢结构进场，配套道路同步推进。';
  await second.getByLabel('企业联系人').fill('孙经理');
  await second.getByLabel('项目概况').fill(summary);
  await second.getByRole('button', { name: '保存' }).click();
  await expect(second.getByTestId('edit-conflict')).toBeVisible();
  await expect(second.getByTestId('their-value')).toHaveText('已被他人修改为：赵经理');
  await expect(second.getByLabel('企业联系人')).toHaveValue('孙经理');
  await expect(second.getByLabel('项目概况')).toHaveValue(summary);

  await second.getByRole('button', { name: '用我的内容覆盖' }).click();
  await expect(second.getByTestId('edit-conflict')).toHaveCount(0);
  await winner.reload();
  const reloaded = await formOf(winner);
  await expect(reloaded.getByLabel('企业联系人')).toHaveValue('孙经理');
  await expect(reloaded.getByLabel('项目概况')).toHaveValue(summary);
});
