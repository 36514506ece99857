import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures';

// The credentials a zone's admin types in: they must never come back, in the page, its RSC payload or a list.
const TOKEN = 'e2etoken7f3a9c51d2b8';
const SIGNING = 'SECe2esigning0b6d4f2a';
const PASSWORD = 'e2e-smtp-pass-91c7';

test('webhook keys, signing secrets and SMTP passwords never leave the server', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/admin/channels');
  const robot = page.getByTestId('add-channel');
  await robot.getByLabel('类型').selectOption('dingtalk');
  await robot.getByLabel('Webhook 地址').fill(`https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`);
  await robot.getByLabel('加签密钥（钉钉，可选）').fill(SIGNING);
  await robot.getByRole('button', { name: '保存' }).click();
  await expect(robot.getByText('已添加。')).toBeVisible();

  const mail = page.getByTestId('add-email-channel');
  await mail.getByLabel('服务器地址').fill('smtp.e2e-zone.example.cn');
  await mail.getByLabel('端口', { exact: true }).fill('465');
  await mail.getByLabel('用户名（可选）').fill('notice@e2e-zone.example.cn');
  await mail.getByLabel('密码（可选）').fill(PASSWORD);
  await mail.getByLabel('发件人邮箱').fill('notice@e2e-zone.example.cn');
  await mail.getByRole('button', { name: '保存' }).click();
  await expect(mail.getByText('已添加。')).toBeVisible();

  await page.reload();
  await expect(
    page.getByTestId('channel-row').filter({ hasText: 'oapi.dingtalk.com' }).first(),
  ).toBeVisible();
  await expect(page.getByTestId('channel-row').filter({ hasText: 'smtp.e2e-zone.example.cn' })).toBeVisible();
  // What a browser gets for the page: its HTML, and the RSC payload a client-side navigation asks for.
  const html = await (await page.request.get('/admin/channels')).text();
  const rsc = await (await page.request.get('/admin/channels', { headers: { RSC: '1' } })).text();
  expect(rsc.length).toBeGreaterThan(1000);
  for (const body of [html, rsc, await page.content()])
    for (const secret of [TOKEN, SIGNING, PASSWORD]) expect(body).not.toContain(secret);
});
