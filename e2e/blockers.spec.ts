import { expect, test } from '@playwright/test';
import { openProject, signInAs, zoneToday } from './fixtures';

const PROJECT = '上海欧朗德年产2GWh新型储能装备制造产业化项目'; // liaison 高某 (gao)
const TITLE = '二期用地指标未落实';

test('a liaison raises a 用地 blocker; the supervisor assigns and resolves it; the liaison closes it', async ({
  browser,
}) => {
  const liaison = await browser.newPage();
  await signInAs(liaison, 'gao');
  await openProject(liaison, PROJECT);
  await liaison.getByRole('button', { name: '反映问题' }).click();
  const raise = liaison.getByTestId('raise-blocker');
  await raise.getByLabel('问题').fill(TITLE);
  await raise.getByLabel('类别').selectOption({ label: '用地' });
  await raise.getByLabel('紧急程度').selectOption({ label: '紧急' });
  await raise.getByLabel('具体情况').fill('储能装备厂房用地需调整规划，影响开工。');
  await raise.getByRole('button', { name: '提交' }).dblclick(); // a double click still makes one blocker
  const mine = liaison.getByTestId('project-blocker').filter({ hasText: TITLE });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('待受理');

  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/notifications');
  await expect(supervisor.getByTestId('notification').filter({ hasText: TITLE })).toHaveAttribute(
    'data-unread',
    'true',
  );
  await supervisor.goto('/blockers?status=open');
  const row = supervisor.getByTestId('blocker-row').filter({ hasText: TITLE });
  await expect(row).toContainText('用地');
  await row.getByRole('link', { name: TITLE }).click();

  const assign = supervisor.getByTestId('move-assign');
  await assign.getByLabel('责任单位').fill('自然资源局');
  await assign.getByLabel('办结时限').fill(zoneToday());
  await assign.getByRole('button', { name: '交办' }).click();
  await expect(supervisor.getByTestId('blocker-status')).toHaveText('已交办');

  await liaison.goto('/notifications');
  const notice = liaison.getByTestId('notification').filter({ hasText: TITLE }).first();
  await expect(notice).toHaveAttribute('data-unread', 'true');
  await expect(notice).toContainText('督办员 郑某');
  await notice.getByRole('link').first().click();
  await expect(liaison.getByTestId('blocker-timeline')).toContainText('自然资源局');
  // an official cannot resolve or assign: the controls are not there
  await expect(liaison.getByTestId('move-resolve')).toHaveCount(0);
  await expect(liaison.getByTestId('move-assign')).toHaveCount(0);

  await supervisor.getByTestId('move-resolve').getByLabel('解决情况').fill('规划调整已批复');
  await supervisor.getByTestId('move-resolve').getByRole('button', { name: '标记已解决' }).click();
  await expect(supervisor.getByTestId('blocker-status')).toHaveText('已解决');

  await liaison.reload();
  await liaison.getByTestId('move-close').getByRole('button', { name: '销号' }).click();
  await liaison.getByRole('dialog').getByRole('button', { name: '销号' }).click();
  await expect(liaison.getByTestId('blocker-status')).toHaveText('已销号');
  await expect(liaison.getByTestId('blocker-timeline')).toContainText('销号');

  await supervisor.goto('/blockers');
  await expect(supervisor.getByTestId('blocker-row').filter({ hasText: TITLE })).toContainText('已销号');
});
