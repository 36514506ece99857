import { chromium } from '@playwright/test';
const [,, user, width, ...pairs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto('http://localhost:3000/login');
await page.getByLabel('用户名').fill(user);
await page.getByLabel('密码').fill('demo2024');
await page.getByRole('button', { name: '登录' }).click();
await page.waitForLoadState('networkidle');
for (let i = 0; i < pairs.length; i += 2) {
  await page.goto('http://localhost:3000' + pairs[i]);
  await page.screenshot({ path: pairs[i + 1], fullPage: true });
}
await browser.close();
