import { expect as baseExpect, test } from '@playwright/test';
import { signInAs } from './fixtures';

// The city's desk on a phone (issue 16): the city account opens the overview of its ten zones at 360 px, orders
// it by a figure, follows a zone's figure to the rows it counts, and picks a zone on the project list.

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

test('the city account at 360 px: the overview, its order, a figure’s rows, and the zone picker', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signInAs(page, 'shangwu');
  const noSidewaysScroll = async (what: string) => {
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(scroll, what).toBeLessThanOrEqual(inner);
  };

  // the first screen of a city account is its overview: a card per zone and the city's total
  await page.goto('/');
  await expect(page).toHaveURL(/\/city$/);
  const rows = page.getByTestId('city-row');
  await expect(rows).toHaveCount(10);
  await expect(page.getByTestId('city-total')).toBeVisible();
  await noSidewaysScroll('/city');
  // the city's menu leads to it first, before the 驾驶舱
  await page.getByTestId('nav-menu').locator('summary').click();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link').first()).toHaveText('全市总览');
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['全市总览']);
  await page.keyboard.press('Escape');

  // ordered by the red projects: fewest first
  await page.getByTestId('city-order').getByLabel('排序').selectOption('red');
  await page.getByTestId('city-order').getByRole('button', { name: '确定' }).click();
  await expect(page).toHaveURL(/sort=red/);
  const reds = await page
    .locator('[data-testid="city-row"] [data-figure="red"]')
    .evaluateAll((links) => links.map((a) => Number(a.textContent)));
  expect(reds).toHaveLength(10);
  expect(reds).toEqual([...reds].sort((a, b) => a - b));
  await noSidewaysScroll('/city?sort=red');
  await expect(page.getByTestId('rank-best')).toBeVisible();

  // 上党's projects: the link lands on the project list with the zone picked, as many rows as it says
  const shangdang = page.getByTestId('city-row').filter({ hasText: '上党经济技术开发区' });
  const projects = shangdang.locator('[data-figure="projects"]');
  const count = Number(await projects.textContent());
  expect(count).toBe(27);
  await projects.click();
  await expect(page).toHaveURL(/\/projects\?zone=\d+$/);
  await expect(page.getByTestId('project-count')).toContainText(`${count}`);
  await expect(page.locator('select[name="zone"]')).toHaveValue(/\d+/);
  await noSidewaysScroll('/projects?zone=');

  // 上党's unfiled reports this week land on the 周调度 list of that zone
  await page.goBack();
  const notFiled = Number(await shangdang.locator('[data-figure="notFiled"]').textContent());
  await shangdang.locator('[data-figure="notFiled"]').click();
  await expect(page).toHaveURL(/\/weekly\?zone=\d+$/);
  await expect(page.getByTestId('not-filed').getByTestId('weekly-row')).toHaveCount(notFiled);

  // the project list for the whole city names each row's zone; picking a zone narrows it
  await page.goto('/projects');
  await expect(page.getByTestId('project-count')).not.toContainText('27 个');
  await page.locator('select[name="zone"]').selectOption({ label: '长治高新技术产业开发区' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/zone=\d+/);
  const gaoxinRows = page.getByTestId('project-row');
  await expect(gaoxinRows).toHaveCount(3);
  await noSidewaysScroll('/projects?zone=gaoxin');
  // the weekly report for the whole city: a line per zone (the workbook's 全市汇总) and the city's total
  await page.goto('/reports/weekly');
  await expect(page.getByTestId('city-report-row')).toHaveCount(10);
  await expect(page.getByTestId('city-report-total')).toBeVisible();
  await expect(page.getByTestId('download-all-xlsx')).toBeVisible();
  await noSidewaysScroll('/reports/weekly (city)');
  // the 驾驶舱 of one zone picked, leading back to the overview
  await page.goto('/dashboard');
  await expect(page.getByTestId('to-city')).toBeVisible();
  await page.locator('select[name="zone"]').selectOption({ label: '上党经济技术开发区' });
  await page.getByTestId('zone-picker').getByRole('button').click();
  await expect(page).toHaveURL(/\/dashboard\?zone=\d+$/);
  await expect(page.getByTestId('card-projects')).toContainText('27');
  await noSidewaysScroll('/dashboard?zone=');
  // the rows behind a figure, for the whole city, name each project's zone before its park; one zone's do not
  const shangdangId = new URL(page.url()).searchParams.get('zone');
  await page.goto('/dashboard/kpi?kpi=signedStarted');
  const kpiRows = page.getByTestId('kpi-row');
  await expect(kpiRows.first()).toContainText(/开发区 · |示范区 · /);
  await page.goto(`/dashboard/kpi?kpi=signedStarted&zone=${shangdangId}`);
  await expect(kpiRows.first()).toBeVisible();
  await expect(kpiRows.filter({ hasText: '上党经济技术开发区 · ' })).toHaveCount(0);
  await noSidewaysScroll('/dashboard/kpi (city)');

  // 三个一包联 of one zone: only that zone's officials
  await page.goto('/contacts');
  await page.locator('select[name="zone"]').selectOption({ label: '长治高新技术产业开发区' });
  await page.getByTestId('zone-picker').getByRole('button').click();
  await expect(page).toHaveURL(/\/contacts\?zone=\d+$/);
  await expect(page.getByText('魏某').first()).toBeVisible();
  await expect(page.getByText('徐某')).toHaveCount(0);
  await noSidewaysScroll('/contacts?zone=');

  // 变更动态 of one zone: the zone select is part of the feed's own filter, so the filter keeps it
  await page.goto('/changes');
  const countOf = async () => Number((await page.getByTestId('feed-count').textContent())?.match(/\d+/)?.[0]);
  const wholeCity = await countOf();
  const feedFilter = page.getByTestId('feed-filter');
  await feedFilter.locator('select[name="zone"]').selectOption({ label: '长治高新技术产业开发区' });
  await feedFilter.getByRole('button').click();
  await expect(page).toHaveURL(/\/changes\?.*zone=\d+/);
  await expect(page.getByTestId('feed-count')).toBeVisible();
  // 高新区's changes only: fewer than the city's, and none by 上党's supervisor (the seed's plan approvals)
  expect(await countOf()).toBeLessThan(wholeCity);
  await expect(page.getByTestId('feed')).not.toContainText('督办员 郑某');
  await noSidewaysScroll('/changes?zone=');

  for (const bad of ['abc', '0', '2147483647', '99999999999', '1&zone=2'])
    expect((await page.goto(`/projects?zone=${bad}`))?.status(), bad).toBe(200);
  await context.close();
});
