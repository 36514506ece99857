import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { focusLive, signInAs } from './fixtures';

// 开发区季度指标: a zone's supervisor files a quarter on a phone; the city sees the row and its total, locks the
// quarter, and the zone is refused from then on; the table downloads as xlsx.

test('a zone files its quarter on a phone, the city locks it, the zone is refused; the xlsx downloads', async ({
  browser,
}) => {
  test.slow(); // two people, a download
  const zone = await browser.newPage({ viewport: { width: 360, height: 780 } });
  await signInAs(zone, 'duban');
  await zone.goto('/indicators');
  // a zone's account sees its own row only, and no city total
  await expect(zone.getByTestId('indicator-row')).toHaveCount(1);
  await expect(zone.getByTestId('city-row')).toHaveCount(0);
  const picker = zone.getByTestId('quarter-picker');
  await picker.getByLabel('年份').selectOption('2024');
  await picker.getByLabel('季度').selectOption('2');
  await picker.getByRole('button', { name: '查看' }).click();
  await expect(zone).toHaveURL(/year=2024&quarter=2/);
  await expect(zone.getByTestId('indicator-row')).toContainText('未填报');
  await zone.getByTestId('file-link').click();
  await expect(zone.getByRole('heading', { level: 1 })).toContainText('上党经济技术开发区 · 2024年第2季度');

  const form = zone.getByTestId('filing-form');
  await focusLive(form.getByLabel('规上工业增加值（亿元）'));
  await form.getByLabel('规上工业增加值（亿元）').fill('35.67');
  await form.getByLabel('工业投资（亿元）').fill('16.2');
  await form.getByLabel('转型项目投资（亿元）').fill('15.3');
  await form.getByLabel('备案项目数（个）').fill('41');
  await form.getByRole('button', { name: '保存填报' }).click();
  await expect(zone.getByTestId('filing-saved')).toHaveText('已保存。');
  expect(await zone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // the city sees the zone's row and the city's total (one zone filed so far)
  const city = await browser.newPage();
  await signInAs(city, 'shangwu');
  await city.goto('/indicators?year=2024&quarter=2');
  const row = city.getByTestId('indicator-row').filter({ hasText: '上党经济技术开发区' });
  await expect(row).toContainText('35.67');
  await expect(row).toContainText('16.20');
  await expect(row).toContainText('占工业投资比重 94.44%');
  const total = city.getByTestId('city-row');
  await expect(total).toContainText('全市合计');
  await expect(total).toContainText('35.67');
  await expect(city.getByTestId('city-filed')).toHaveText('1/10 个开发区已填报');
  await expect(city.getByTestId('indicator-row').filter({ hasText: '长治高新技术产业开发区' })).toContainText(
    '未填报',
  );

  // the xlsx of the table
  const [download] = await Promise.all([
    city.waitForEvent('download'),
    city.getByTestId('indicators-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const cityLine = sheet?.getRows(1, sheet.rowCount)?.find((r) => r.getCell(1).value === '全市合计');
  expect(cityLine?.getCell(2).value).toBe(35.67);

  // on paper: the table alone, A4 landscape, without the app's header and the buttons
  await city.emulateMedia({ media: 'print' });
  await expect(city.getByTestId('indicator-table')).toBeVisible();
  await expect(city.locator('body > header')).toBeHidden();
  await expect(city.getByTestId('quarter-picker')).toBeHidden();
  await city.emulateMedia({ media: 'screen' });

  // the city locks the quarter
  await city.getByTestId('lock-button').click();
  await expect(city.getByTestId('quarter-state')).toHaveAttribute('data-locked', 'true');
  await expect(city.getByTestId('lock-button')).toHaveText('解除锁定');
  // the lock moved the quarter's version: the rates form, left open, takes it and still saves
  const rates = city.getByTestId('reference-form');
  const cityRate = rates.getByLabel('全市增速（%）').first();
  await focusLive(cityRate);
  await cityRate.fill('20.8');
  await rates.getByRole('button', { name: '保存参照增速' }).click();
  await expect(rates.getByText('已保存。')).toBeVisible();

  // the zone is refused from then on, with the reason
  await zone.reload();
  await expect(zone.getByTestId('locked')).toBeVisible();
  await focusLive(form.getByLabel('备案项目数（个）'));
  await form.getByLabel('备案项目数（个）').fill('42');
  await form.getByRole('button', { name: '保存填报' }).click();
  await expect(zone.getByTestId('form-error')).toContainText('锁定');
  await zone.goto('/indicators?year=2024&quarter=2');
  await expect(zone.getByTestId('indicator-row')).toContainText('41');
  await expect(zone.getByTestId('file-link')).toHaveCount(0);
});
