import { type Browser, expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { openProject, signInAs } from './fixtures';

// Navigation on a phone (issue 12, part 3): a one-line header with a menu, the current page marked, 44 px tap
// targets, feedback at once on a tap and a submit, and a question before the steps that cannot be undone.

async function phone(browser: Browser, width: number, username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signInAs(page, username);
  return page;
}

const menuOf = (page: Page) => page.getByTestId('nav-menu');

async function openMenu(page: Page): Promise<Locator> {
  await menuOf(page).locator('summary').click();
  await expect(menuOf(page)).toHaveAttribute('open', '');
  return page.getByRole('navigation', { name: '主导航' });
}

/** The thumb's rule: every control at least 44 × 44 CSS px (half a pixel for rounding). */
async function expectTappable(targets: Locator) {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    const box = await target.boundingBox();
    const what = `${await target.evaluate((e) => e.outerHTML.slice(0, 120))}: ${box?.width} × ${box?.height}`;
    expect(box?.width ?? 0, what).toBeGreaterThanOrEqual(43.5);
    expect(box?.height ?? 0, what).toBeGreaterThanOrEqual(43.5);
  }
}

const controls = 'a:not(.sr-only):visible, button:visible, summary:visible, select:visible, input:visible';

// Many pages per test, on a machine shared with other runs: a page may take seconds to render.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('at 360 and 390 px the header is one line and no page scrolls sideways', async ({ browser }) => {
  const pages: Record<string, string[]> = {
    duban: ['/dashboard', '/changes', '/notifications', '/profile'],
    xu: ['/my', '/profile', '/notifications'],
  };
  for (const width of [360, 390]) {
    for (const [username, paths] of Object.entries(pages)) {
      const page = await phone(browser, width, username);
      for (const path of paths) {
        await page.goto(path);
        const header = await page.locator('header').boundingBox();
        expect(header?.height, `${username} ${path} at ${width}`).toBeLessThanOrEqual(64);
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(scroll, `${username} ${path} at ${width}`).toBeLessThanOrEqual(inner);
      }
      await page.context().close();
    }
  }
  // English labels are longer: the line still holds.
  const page = await phone(browser, 360, 'duban');
  await page.goto('/profile');
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: page.url() }]);
  await page.reload();
  await expect(menuOf(page).locator('summary')).toHaveText('Menu', { useInnerText: true });
  expect((await page.locator('header').boundingBox())?.height).toBeLessThanOrEqual(64);
});

test('the menu lists the role’s pages, marks the current one, and closes on a choice or Esc', async ({
  browser,
}) => {
  const supervisor = await phone(browser, 390, 'duban');
  await supervisor.goto('/projects');
  // closed, the pages are out of sight: one line
  await expect(supervisor.getByRole('link', { name: '困难和问题' })).toHaveCount(0);
  let nav = await openMenu(supervisor);
  await expect(nav.getByRole('link')).toHaveText([
    '驾驶舱',
    '重点项目',
    '困难和问题',
    '督办',
    '周报',
    '周调度督办',
    '计划调整申请',
    '变更动态',
    '三个一包联',
    '季度指标',
  ]);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['重点项目']);
  // marked for the eye too, not only for a screen reader
  await expect(nav.getByRole('link', { name: '重点项目' })).toHaveCSS('font-weight', '600');
  await expect(nav.getByRole('link', { name: '驾驶舱' })).toHaveCSS('font-weight', '400');
  await expect(menuOf(supervisor).getByTestId('viewer')).toContainText('督办员 郑某');
  await expect(menuOf(supervisor).getByRole('link', { name: '退出登录' })).toBeVisible();
  await expect(menuOf(supervisor).getByRole('combobox', { name: '语言' })).toBeVisible();

  await nav.getByRole('link', { name: '困难和问题' }).click();
  await expect(supervisor).toHaveURL(/\/blockers$/);
  await expect(menuOf(supervisor)).not.toHaveAttribute('open');
  nav = await openMenu(supervisor);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['困难和问题']);

  // the keyboard: Esc closes and gives the focus back to the button; Enter opens again
  await supervisor.keyboard.press('Escape');
  await expect(menuOf(supervisor)).not.toHaveAttribute('open');
  await expect(menuOf(supervisor).locator('summary')).toBeFocused();
  await supervisor.keyboard.press('Enter');
  await expect(menuOf(supervisor)).toHaveAttribute('open', '');
  // a tap outside closes it
  await supervisor.mouse.click(200, 780);
  await expect(menuOf(supervisor)).not.toHaveAttribute('open');

  // an official's menu has their own pages, not the supervisor's
  const official = await phone(browser, 390, 'xu');
  await official.goto('/my');
  nav = await openMenu(official);
  await expect(nav.getByRole('link')).toHaveText(['我的工作', '重点项目', '困难和问题', '督办', '周报']);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['我的工作']);
});

test('on a desk the pages stand in a row, the current one marked', async ({ page }) => {
  await signInAs(page, 'duban');
  await page.goto('/projects/1');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '重点项目' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '重点项目' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '驾驶舱' })).not.toHaveAttribute('aria-current');
});

test('the menu works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await signInAs(page, 'duban');
  await page.goto('/projects');
  const nav = await openMenu(page);
  await nav.getByRole('link', { name: '困难和问题' }).click();
  await expect(page).toHaveURL(/\/blockers$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
});

test('at 390 px every control in the header and menu, pager, checkbox and submit is 44 × 44', async ({
  browser,
}) => {
  const page = await phone(browser, 390, 'duban');
  await page.goto('/changes');
  await expectTappable(page.locator('header').locator(controls));
  await openMenu(page);
  await expectTappable(page.locator('header').locator(controls));
  await page.keyboard.press('Escape');
  await expectTappable(page.getByTestId('pager').locator(controls));

  await page.goto('/projects');
  await expectTappable(page.locator('main label').filter({ has: page.locator('input[type=checkbox]') }));
  await page.goto('/profile');
  await expectTappable(page.locator('main button[type=submit]:visible'));
  await expectTappable(page.locator('main input:visible:not([type=checkbox])'));
  // a checkbox is tapped by its label, as on the project list
  await expectTappable(page.locator('main label').filter({ has: page.locator('input[type=checkbox]') }));
  await page.goto('/logout');
  await expectTappable(page.locator('main button[type=submit]'));
});

/** Holds every server action's answer back for a while: a slow connection on a site. */
async function slowActions(page: Page, ms: number) {
  await page.route('**/*', async (route) => {
    if (route.request().method() === 'POST' && (await route.request().headerValue('next-action'))) {
      await new Promise((r) => setTimeout(r, ms));
    }
    await route.continue();
  });
}

test('a submit says it is working and takes no second tap until the answer', async ({ browser }) => {
  const page = await phone(browser, 390, 'xu');
  await page.goto('/profile');
  await slowActions(page, 1500);
  const form = page.getByTestId('profile-form');
  await form.getByLabel('手机').fill('13900000001');
  await form.getByRole('button', { name: '保存' }).click();
  const busy = form.locator('button[type=submit]');
  await expect(busy).toBeDisabled();
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  await expect(busy).toHaveText('正在保存…');
  await expect(busy).toHaveText('保存');
  await expect(busy).toBeEnabled();
});

test('a tap on a menu link answers at once, before the server does', async ({ browser }) => {
  const page = await phone(browser, 390, 'duban');
  await page.goto('/profile');
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  // the next page's data is held back until the placeholder has been seen
  await page.route('**/blockers*', async (route) => {
    await held;
    await route.continue();
  });
  const nav = await openMenu(page);
  await nav.getByRole('link', { name: '困难和问题' }).click();
  await expect(page.getByTestId('navigation-bar')).toBeVisible();
  await expect(page.getByTestId('page-loading')).toHaveAttribute('data-kind', 'list');
  await expect(page.getByTestId('page-loading').getByRole('status')).toHaveText('正在加载…');
  release();
  await expect(page).toHaveURL(/\/blockers$/);
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.getByTestId('navigation-bar')).toHaveCount(0);
});

test('an unknown page still answers 404: the loading feedback does not stream pages', async ({ page }) => {
  await signInAs(page, 'duban');
  expect((await page.request.get('/projects/99999999')).status()).toBe(404);
  expect((await page.request.get('/blockers/99999999')).status()).toBe(404);
});

/** The question in the page's own dialog: its text, 取消 leaves all as it was. */
async function cancelThenConfirm(page: Page, ask: () => Promise<void>, question: RegExp, step: string) {
  await ask();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(question);
  await expectTappable(dialog.getByRole('button'));
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  return async () => {
    await ask();
    await page.getByRole('dialog').getByRole('button', { name: step }).click();
  };
}

test('销号 asks first: cancelled, the blocker stays resolved; confirmed, it is closed', async ({
  browser,
}) => {
  const page = await phone(browser, 390, 'duban');
  await page.goto('/blockers');
  await page.getByRole('link', { name: '排污许可证变更' }).first().click();
  await expect(page.getByTestId('blocker-status')).toHaveText('已解决');
  const close = () => page.getByTestId('move-close').getByRole('button', { name: '销号' }).click();
  const confirm = await cancelThenConfirm(page, close, /不能再修改或重新打开/, '销号');
  await expect(page.getByTestId('blocker-status')).toHaveText('已解决');
  // Enter in the comment field asks too: the question cannot be skipped
  await page.getByTestId('move-close').getByLabel('意见').press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('blocker-status')).toHaveText('已解决');

  await confirm();
  await expect(page.getByTestId('blocker-status')).toHaveText('已销号');
  await page.reload();
  await expect(page.getByTestId('blocker-status')).toHaveText('已销号');
});

test('ending an assignment asks first: cancelled, the holder stays; confirmed, the role is vacant', async ({
  page,
}) => {
  await signInAs(page, 'duban');
  await openProject(page, '山西安合煤矿液压支架油缸生产项目');
  const cadre = () => page.getByTestId('contacts').locator('[data-role="cadre"]');
  const holder = (await cadre().getByTestId('holder').locator('.font-medium').textContent()) ?? '';
  expect(holder).not.toBe('');
  const end = () => cadre().getByRole('button', { name: '结束包联' }).click();
  const confirm = await cancelThenConfirm(page, end, new RegExp(`确定结束 ${holder} 的包联吗`), '结束包联');
  await expect(cadre().getByTestId('holder')).toContainText(holder);
  await confirm();
  await expect(cadre().getByTestId('holder')).toHaveText('空缺');
  await page.reload();
  await expect(cadre().getByTestId('holder')).toHaveText('空缺');
});

test('disabling a user asks first: cancelled, the account stays enabled; confirmed, it is disabled', async ({
  page,
}) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/users');
  await page.getByTestId('user-row').filter({ hasText: '郭某' }).getByRole('link').first().click();
  const toggle = page.getByTestId('disable-toggle');
  await expect(toggle).toHaveAttribute('data-disabled', 'false');
  const confirm = await cancelThenConfirm(page, () => toggle.click(), /郭某 将立即无法登录/, '停用账号');
  await expect(toggle).toHaveAttribute('data-disabled', 'false');
  await confirm();
  await expect(toggle).toHaveAttribute('data-disabled', 'true');
  // enabling again gives access back and asks nothing
  await toggle.click();
  await expect(toggle).toHaveAttribute('data-disabled', 'false');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('installable: a manifest and an icon, reachable before signing in', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(icon).toMatch(/^\/icon\.svg/);
  const manifest = await page.request.get('/manifest.webmanifest', { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  const body = await manifest.json();
  expect(body).toMatchObject({ name: '重点项目推进平台', start_url: '/', display: 'standalone' });
  const svg = await page.request.get(icon ?? '', { maxRedirects: 0 });
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
});
