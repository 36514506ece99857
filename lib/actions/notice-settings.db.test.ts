import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { noticeOptOuts, users } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { NOTICE_GROUPS } from '@/lib/notify/notice-groups';
import { updateNoticeSettingsAction } from './notice-settings';

const h = actionHarness();
const account = async (username: string) =>
  (await h.db.select().from(users).where(eq(users.username, username)))[0];
const optOuts = async (userId: number) =>
  (await h.db.select().from(noticeOptOuts).where(eq(noticeOptOuts.userId, userId))).map((o) => o.kind).sort();

describe('one’s e-mail settings', () => {
  it('save the address and replace the opt-outs with the unticked groups’ kinds, in one audited change', async () => {
    const xu = await account('xu');
    if (!xu) throw new Error('no xu');
    const first = await h.run(updateNoticeSettingsAction, 'xu', {
      version: xu.version,
      email: ' xu@sd.example.cn ',
      emailGroups: ['blockers', 'supervision'],
    });
    expect(first).toMatchObject({
      ok: true,
      data: { version: xu.version + 1, email: 'xu@sd.example.cn', emailGroups: ['blockers', 'supervision'] },
    });
    expect(await optOuts(xu.id)).toEqual([...NOTICE_GROUPS.plan, ...NOTICE_GROUPS.chasing].sort());

    const second = await h.run(updateNoticeSettingsAction, 'xu', {
      version: xu.version + 1,
      email: '',
      emailGroups: ['blockers', 'plan', 'chasing', 'supervision'],
    });
    expect(second).toMatchObject({ ok: true, data: { email: '' } });
    expect(await optOuts(xu.id)).toEqual([]);
    expect(await h.audit()).toMatchObject([
      {
        action: 'user.notice_settings',
        before: { email: '', emailGroups: ['blockers', 'plan', 'chasing', 'supervision'] },
        after: { email: 'xu@sd.example.cn', emailGroups: ['blockers', 'supervision'] },
      },
      { action: 'user.notice_settings', after: { email: '' } },
    ]);
  });

  it('are refused on a stale version, a bad address or without a session, and nothing changes', async () => {
    const xu = await account('xu');
    if (!xu) throw new Error('no xu');
    const input = { version: xu.version, email: 'xu@sd.example.cn', emailGroups: [] };
    await h.expectRefused(
      updateNoticeSettingsAction,
      'xu',
      { ...input, version: xu.version + 1 },
      'conflict',
    );
    const refused = await h.expectRefused(
      updateNoticeSettingsAction,
      'xu',
      { ...input, email: 'xu@@sd' },
      'invalid',
    );
    expect(refused).toMatchObject({ fieldErrors: { email: ['请输入有效的邮箱地址（最多 254 个字符）'] } });
    await h.expectRefused(updateNoticeSettingsAction, null, input, 'unauthenticated');
  });

  it('are one’s own: an admin’s save changes the admin’s account, never another’s', async () => {
    const [admin, xu] = [await account('admin'), await account('xu')];
    if (!admin || !xu) throw new Error('fixtures missing');
    // An account id in the input is not a field of the schema: it is dropped, not followed.
    const result = await h.run(updateNoticeSettingsAction, 'admin', {
      userId: xu.id,
      version: admin.version,
      email: 'admin@sd.example.cn',
      emailGroups: [],
    });
    expect(result).toMatchObject({ ok: true, data: { id: admin.id } });
    expect((await account('xu'))?.email).toBe('');
    expect(await optOuts(xu.id)).toEqual([]);
  });
});
