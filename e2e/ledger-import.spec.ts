import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures';

// 导入项目台账 on a phone: the template downloads; a file that is no table is refused in words; a ledger of one
// new project (a park and an enterprise the zone lacks, created on request) is previewed, confirmed, and is
// then found. The city's admin imports into a placeholder zone: other specs count 上党's projects.

test('the city imports a zone’s ledger on a phone: preview, problems, confirm', async ({ page }, info) => {
  test.slow(); // two previews and an import
  await page.setViewportSize({ width: 360, height: 780 });
  await signInAs(page, 'shiguan');
  await page.goto('/projects');
  await page.getByRole('link', { name: '导入台账' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('导入项目台账');
  await page.getByLabel('导入到开发区').selectOption({ label: '开发区十（名称待核）' });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载台账模板' }).click();
  expect((await download).suggestedFilename()).toBe('重点项目台账模板.xlsx');

  // a web page saved under an .xlsx name: refused by its content, not its name
  await page.getByLabel(/台账文件/).setInputFiles({
    name: 'ledger.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('<html><body>not a ledger</body></html>'),
  });
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(page.getByTestId('import-message')).toContainText('不是表格');

  // one new project in a park the zone does not have yet; unique per run (the specs share a database)
  const name = `台账导入测试项目${info.workerIndex}${Date.now() % 100000}`;
  const csv = [
    '上党经开区重点项目台账,,,,,',
    '项目名称,建设单位,园区,建设性质,总投资（亿元）,包联领导',
    `${name},台账导入测试有限公司,台账测试园,新建,1.25,钟某`,
  ].join('\r\n');
  await page.getByLabel(/台账文件/).setInputFiles({
    name: 'ledger.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(page.getByTestId('import-problems')).toContainText('2 处问题');
  await expect(page.getByTestId('import-rows')).toContainText('B3：本区没有企业“台账导入测试有限公司”');
  await expect(page.getByTestId('import-rows')).toContainText('C3：本区没有园区“台账测试园”');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByLabel(/自动新建/).check();
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(page.getByTestId('import-summary')).toHaveText(
    '共 1 行：新建 1，更新 0，无变化 0，有问题 0。',
  );
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.getByTestId('import-message')).toContainText('导入完成：新建 1 个项目');

  await page.goto(`/search?q=${encodeURIComponent(name)}`);
  await expect(page.getByText(name).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
