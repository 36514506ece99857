import { expect, type Response, test } from '@playwright/test';
import { PASSWORD, postServerAction, serverActionId, signInAs } from './fixtures';

// Abuse probes against the running app: each must be refused without data, whatever the UI would allow.

test('a forged middleware subrequest header does not skip the sign-in', async ({ request }) => {
  for (const path of ['/projects', '/projects/1', '/reports/weekly', '/api/reports/weekly/csv']) {
    const response = await request.get(path, {
      headers: {
        'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
        RSC: '1',
        'Next-Router-Prefetch': '1',
      },
      maxRedirects: 0,
    });
    expect([307, 401], path).toContain(response.status());
    expect(await response.text(), path).not.toContain('日盛达');
  }
});

/** The page's one Content-Security-Policy, by directive; a second header would be enforced on top of it. */
async function scriptSources(response: Response | null): Promise<string[]> {
  const policies = ((await response?.headersArray()) ?? []).filter(
    (h) => h.name.toLowerCase() === 'content-security-policy',
  );
  expect(policies).toHaveLength(1);
  const policy = policies[0]?.value ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  const scripts = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'script-src');
  return scripts?.slice(1) ?? [];
}

async function nonceOf(response: Response | null): Promise<string> {
  const sources = await scriptSources(response);
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources).toContain("'strict-dynamic'");
  const nonce = /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(
    sources.find((s) => s.startsWith("'nonce-")) ?? '',
  )?.[1];
  expect(nonce, sources.join(' ')).toBeTruthy();
  return nonce ?? '';
}

test('security headers on every page, and an HttpOnly, SameSite session cookie', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  const nonce = await nonceOf(response);
  // Next stamps the request's nonce on its own scripts; without it they would all be refused.
  expect(await response?.text()).toContain(`nonce="${nonce}"`);
  const again = await nonceOf(await page.goto('/login'));
  expect(again).not.toBe(nonce);

  await signInAs(page, 'xu');
  const cookie = (await page.context().cookies(baseURL)).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  for (const path of ['/projects', '/projects/1', '/reports/weekly']) {
    const pageResponse = await page.goto(path);
    expect(pageResponse?.headers()['x-frame-options'], path).toBe('DENY');
    expect(await nonceOf(pageResponse), path).not.toBe(nonce);
  }
});

test('no Content-Security-Policy violation while signing in and opening the main pages', async ({ page }) => {
  const violations: string[] = [];
  // Chromium reports refused scripts and styles on the console; the event also catches reports it only
  // dispatches to the page.
  page.on('console', (message) => {
    if (/content[- ]security[- ]policy|securitypolicyviolation/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `securitypolicyviolation ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });

  await page.goto('/login');
  // The form is a client component (react-hook-form): signing in works only if Next's scripts ran.
  await page.getByLabel('用户名').fill('duban');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  // A supervisor's first screen is the 驾驶舱.
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('chart-stage').getByTestId('bar').first()).toBeVisible();

  await page.goto('/projects');
  await page.getByTestId('project-row').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await expect(page.getByTestId('milestone').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('milestone').first()).toBeVisible();

  expect(violations).toEqual([]);
});

test('a server action posted from a foreign origin, or with an oversized body, is refused', async ({
  page,
}) => {
  await signInAs(page, 'xu');
  await page.goto('/projects/1');
  const item = page.getByTestId('milestone').first();
  const id = Number(await item.getAttribute('data-milestone-id'));
  const version = Number(await item.getAttribute('data-version'));
  const actionId = serverActionId('lib/actions/milestones.ts', 'updateMilestone');
  const input = { milestoneId: id, version, status: 'in_progress', note: 'foreign', actualOn: '' };

  const foreign = await page.context().request.post(page.url(), {
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: 'https://evil.example',
    },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  expect(foreign.ok()).toBe(false);

  const huge = await postServerAction(page.context().request, page.url(), actionId, [
    { ...input, note: 'x'.repeat(2 * 1024 * 1024) },
  ]);
  expect(huge.body).not.toContain('"ok":true');

  await page.reload();
  await expect(page.getByText('foreign')).toHaveCount(0);
  await expect(page.getByTestId('milestone').first()).toHaveAttribute('data-version', String(version));
});
