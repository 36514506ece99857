import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { readExif } from '../lib/attachments/exif';
import { CAMERA_EXIF } from '../lib/testing/camera-exif';
import { openProject, signInAs } from './fixtures';

// Issue 15's acceptance for site photos: the liaison, on a phone at 390 px, photographs the site from the
// week's filing page; the photo (shrunk in the browser, re-encoded on the server) shows as a thumbnail on the
// project page, without its GPS position but with its capture time. A .jpg that is a PDF or a web page is
// refused; signed out or in another zone, the photo's address answers 404.

const PROJECT = '日盛达光伏玻璃生产线（二期）'; // liaison xu

/** A 12-megapixel phone photo of noise (so it stays large as JPEG), with a position and a capture time. */
async function phonePhoto(): Promise<Buffer> {
  const [width, height] = [4000, 3000];
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withExif(CAMERA_EXIF)
    .toBuffer();
}

const noSidewaysScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

test('a liaison’s site photo from the filing page reaches the project page, without its GPS position', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'xu');
  await openProject(page, PROJECT);
  const projectUrl = page.url();
  await page.getByTestId('file-week').click();
  const panel = page.getByTestId('attachment-panel').first();
  await expect(panel).toContainText('本周现场照片和附件');
  const before = await panel.getByTestId('attachment').count();

  const photo = await phonePhoto();
  expect(photo.byteLength).toBeGreaterThan(1_500_000);
  // The camera button's input: on a phone it opens the camera, here it takes the file.
  await expect(panel.getByTestId('attachment-camera')).toHaveAttribute('capture', 'environment');
  const upload = page.waitForResponse(
    (r) => r.url().endsWith('/api/attachments') && r.request().method() === 'POST',
  );
  await panel
    .getByTestId('attachment-camera')
    .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  const sent = await upload;
  expect(sent.status()).toBe(200);
  // Shrunk in the browser first: far less than the camera's file went up.
  expect((await sent.request().sizes()).requestBodySize).toBeLessThan(photo.byteLength / 2);
  await expect(panel.getByTestId('attachment-status')).toHaveText('已上传 1 个');
  await expect(panel.getByTestId('attachment')).toHaveCount(before + 1);
  await noSidewaysScroll(page);

  await page.goto(projectUrl);
  const section = page.getByTestId('project-attachments');
  const thumb = section.locator('img').first();
  await expect(thumb).toBeVisible();
  await expect(section).toContainText('拍摄于 2026-11-30 09:41');
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await noSidewaysScroll(page);

  const src = (await thumb.getAttribute('src')) ?? '';
  const address = src.replace('?size=thumb', '');
  expect(address).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}$/);
  const full = await page.request.get(address);
  expect(full.status()).toBe(200);
  expect(full.headers()['content-type']).toBe('image/jpeg');
  // Nothing in a served file may run, whatever it turned out to be.
  expect(full.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
  const stored = await full.body();
  const meta = await sharp(stored).metadata();
  expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(2560);
  expect(readExif(meta.exif)).toEqual({ takenAt: '2026-11-30 09:41:07', hasGps: false });
  expect(stored.toString('latin1')).not.toContain('SitePhoneMaker');

  // Signed out, and another zone's official: the same 404 as for an address that does not exist.
  const signedOut = await browser.newContext({ baseURL: new URL(page.url()).origin });
  expect((await signedOut.request.get(address)).status()).toBe(404);
  const otherZone = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await signInAs(otherZone, 'gaoxin3');
  expect((await otherZone.request.get(address)).status()).toBe(404);
  expect((await otherZone.request.get(src)).status()).toBe(404);
  await signedOut.close();
  await otherZone.close();
});

test('a .jpg that is really a PDF or a web page is refused with a reason, and nothing is added', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'xu');
  await openProject(page, PROJECT);
  await page.getByTestId('file-week').click();
  const panel = page.getByTestId('attachment-panel').first();
  await expect(panel).toContainText('本周现场照片和附件');
  const before = await panel.getByTestId('attachment').count();

  await panel.getByTestId('attachment-input').setInputFiles([
    { name: '现场1.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    {
      name: '现场2.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
    },
  ]);
  await expect(panel.getByTestId('attachment-status')).toHaveText('已上传 0 个');
  const problems = panel.getByTestId('attachment-problems');
  await expect(problems).toContainText('“现场1.jpg”未上传：文件名与内容不符');
  await expect(problems).toContainText('“现场2.jpg”未上传：只能上传照片');
  await page.reload();
  await expect(page.getByTestId('attachment-panel').first().getByTestId('attachment')).toHaveCount(before);
});
