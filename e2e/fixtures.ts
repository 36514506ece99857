import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'demo2024';

/** Signs in through next-auth's own endpoints (no UI), leaving the session cookie in the page's context. */
export async function signInAs(page: Page, username: string): Promise<void> {
  const request = page.context().request;
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, username, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith('authjs.session-token'))).toBe(true);
}

/** Switches the UI to English as a user does: the language picker is with the viewer's things, in the menu. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('nav-menu').locator('summary').click();
  await page.getByLabel('语言').selectOption('en');
}

/** Opens a project from the list by name, as a user would. */
export async function openProject(page: Page, name: string): Promise<void> {
  await page.goto('/projects');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

/** A server action's id, from the build's manifest: what an attacker reads from the page's JavaScript. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(`${process.env.NEXT_DIST_DIR || '.next'}/server/server-reference-manifest.json`, 'utf8'),
  );
  for (const [id, entry] of Object.entries<{ filename: string; exportedName: string }>(manifest.node)) {
    if (entry.filename === file && entry.exportedName === exportedName) return id;
  }
  throw new Error(`no server action ${exportedName} in ${file}`);
}

/** Calls a server action the way a forged request would: a raw POST with the action id, outside the UI. */
export async function postServerAction(
  request: APIRequestContext,
  path: string,
  actionId: string,
  args: unknown[],
) {
  const response = await request.post(path, {
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

/** Today in Asia/Shanghai, as the app counts it. */
export function zoneToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * Focuses a field of a form that loads its code on first use and waits until that code runs: typing into the
 * server's HTML while the form hydrates races it (the selection a fill makes can be lost).
 */
export async function focusLive(field: Locator): Promise<void> {
  await field.focus();
  // The innermost wrapper of on-first-use.tsx around the field.
  await expect(field.locator('xpath=ancestor::div[@class="contents"][1]')).toHaveAttribute('data-live', '');
}
