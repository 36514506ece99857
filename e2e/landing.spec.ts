import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { PASSWORD, signInAs } from './fixtures';

// The first screen by role (issue 12, item 1): signed in through the form, each person lands where their work
// is. What 我的工作 lists is checked against what the supervisors' pages say of the same week.

const OFFICIAL = { username: 'zhang', name: '张某' }; // leader of several projects, some unfiled in the demo
const PHONE = { width: 360, height: 780 };

// Several sign-ins and page loads each, on a shared machine: generous waits (no figure is a timing).
test.describe.configure({ timeout: 120_000 });
const NAVIGATION = { timeout: 20_000 };

async function signInWithForm(page: Page, username: string, path = '/login') {
  await page.goto(path);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/, NAVIGATION);
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** Nothing inside `region` reaches past the right edge of the screen (the header is another part's). */
async function expectNoSidewaysOverflow(region: Locator) {
  const overflow = await region.evaluate((root) => {
    const width = window.innerWidth;
    const parts = [root, ...root.querySelectorAll('*')];
    return {
      width,
      scroll: root.scrollWidth - root.clientWidth,
      past: parts
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName}.${el.className}`.slice(0, 80)),
    };
  });
  expect(overflow.past).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(0);
}

const namesIn = async (items: Locator) =>
  (
    await items.evaluateAll((els) => els.map((el) => el.querySelector('a')?.textContent?.trim() ?? ''))
  ).sort();

test('an official signs in on a phone and lands on 我的工作 with exactly their unfiled projects', async ({
  browser,
}) => {
  const page = await phonePage(browser);
  await signInWithForm(page, OFFICIAL.username);
  await expect(page).toHaveURL(/\/my$/, NAVIGATION);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的工作');
  const listed = await namesIn(page.getByTestId('to-file'));

  // The supervisor's filing overview of the same week: the rows not filed where this official is a contact.
  const supervisor = await browser.newPage();
  await signInAs(supervisor, 'duban');
  await supervisor.goto('/weekly');
  const missing = supervisor
    .getByTestId('not-filed')
    .getByTestId('weekly-row')
    .filter({ has: supervisor.locator('[data-role]', { hasText: OFFICIAL.name }) });
  const expected = await namesIn(missing);
  expect(expected.length).toBeGreaterThan(0);
  expect(listed).toEqual(expected);
  // …and what 我的工作 lists as filed is not among the week's missing reports
  const filed = await namesIn(page.getByTestId('filed-project'));
  expect(filed.length).toBeGreaterThan(0);
  for (const name of filed) expect(expected).not.toContain(name);

  // milestones say in words how late or how near they are
  for (const state of await page.getByTestId('due-state').allTextContents())
    expect(state).toMatch(/^(逾期 \d+ 天|\d+ 天后到期|今天到期)$/);

  await expectNoSidewaysOverflow(page.locator('main'));

  // one tap from the card to the week's form
  const first = page.getByTestId('to-file').first();
  const name = (await first.getByRole('link').first().textContent())?.trim() ?? '';
  const file = first.getByRole('link', { name: '填报' });
  expect((await file.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await file.click();
  await expect(page).toHaveURL(/\/projects\/\d+\/week$/, NAVIGATION);
  await expect(page.getByTestId('progress-form')).toBeVisible();
  await expect(page.getByRole('link', { name: `← ${name}` })).toBeVisible();

  // `/` is the same first screen
  await page.goto('/');
  await expect(page).toHaveURL(/\/my$/, NAVIGATION);
});

test('a zone supervisor lands on the 驾驶舱 with today’s queue, each count opening its list', async ({
  browser,
}) => {
  const page = await phonePage(browser);
  await signInWithForm(page, 'duban');
  await expect(page).toHaveURL(/\/dashboard$/, NAVIGATION);
  const queue = page.getByTestId('today-queue');
  await expect(queue.getByRole('heading', { name: '今日待办' })).toBeVisible();
  await expectNoSidewaysOverflow(queue);

  const countOf = async (testId: string) =>
    Number(/(\d+)/.exec((await queue.getByTestId(testId).textContent()) ?? '')?.[1]);
  const notFiled = await countOf('queue-notFiled');
  const planRequests = await countOf('queue-planRequests');
  const awaiting = await countOf('queue-blockersAwaiting');

  await queue.getByTestId('queue-notFiled').click();
  await expect(page).toHaveURL(/\/weekly$/, NAVIGATION);
  await expect(page.getByTestId('not-filed').getByTestId('weekly-row')).toHaveCount(notFiled);

  await page.goto('/dashboard');
  await queue.getByTestId('queue-planRequests').click();
  await expect(page).toHaveURL(/\/plan-requests$/, NAVIGATION);
  await expect(page.getByTestId('plan-request-row')).toHaveCount(planRequests);

  await page.goto('/dashboard');
  await queue.getByTestId('queue-blockersAwaiting').click();
  await expect(page).toHaveURL(/\/blockers\?status=open$/, NAVIGATION);
  expect(awaiting).toBeGreaterThan(0);

  await page.goto('/');
  await expect(page).toHaveURL(/\/dashboard$/, NAVIGATION);
});

test('a city account lands on the city overview; a read-only account on the project list', async ({
  page,
}) => {
  await signInWithForm(page, 'shangwu');
  await expect(page).toHaveURL(/\/city$/, NAVIGATION);
  await expect(page.getByTestId('city-table')).toBeVisible();
  await page.goto('/logout');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/, NAVIGATION);

  await signInWithForm(page, 'chakan');
  await expect(page).toHaveURL(/\/projects$/, NAVIGATION);
});

test('a `next=` target wins over the first screen', async ({ page }) => {
  await page.goto('/blockers');
  await expect(page).toHaveURL(/\/login\?next=%2Fblockers/, NAVIGATION);
  await page.getByLabel('用户名').fill(OFFICIAL.username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/blockers$/, NAVIGATION);
});
