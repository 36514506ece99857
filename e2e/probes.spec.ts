import { expect, test } from '@playwright/test';
import { postServerAction, serverActionId, signInAs } from './fixtures';

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

test('security headers on every page, and an HttpOnly, SameSite session cookie', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/login');
  const headers = response?.headers() ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  await signInAs(page, 'xu');
  const cookie = (await page.context().cookies(baseURL)).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
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
