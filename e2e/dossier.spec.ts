import { expect, test } from '@playwright/test';
import { openProject, signInAs } from './fixtures';

// 一项目一档 on a phone: the zone's supervisor opens a project at 360 px, downloads its dossier, sees the
// progress while it streams, and gets a PDF under the project's name; the page never scrolls sideways.

const PROJECT = '日盛达光伏玻璃生产线（二期）';

test('a supervisor downloads a project’s dossier at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, 'duban');
  await openProject(page, PROJECT);

  const button = page.getByTestId('dossier-download');
  await expect(button).toBeVisible();
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${PROJECT}-项目档案.pdf`);
  await expect(page.getByTestId('dossier-state')).toContainText(`已下载 ${PROJECT}-项目档案.pdf`);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
