import { describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';
import { groupsOn, kindsOutside, NOTICE_GROUP_NAMES, NOTICE_GROUPS } from './notice-groups';

describe('notice groups for e-mail', () => {
  it('put every kind with a message in exactly one group', () => {
    const kinds = Object.keys(messagesFor('zh-CN').notifications.kinds).sort();
    const grouped = Object.values(NOTICE_GROUPS).flat();
    expect([...grouped].sort()).toEqual(kinds);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('turn off the kinds of the unticked groups, and read back as ticked what is left on', () => {
    expect(kindsOutside(NOTICE_GROUP_NAMES)).toEqual([]);
    expect(groupsOn([])).toEqual(NOTICE_GROUP_NAMES);
    const off = kindsOutside(['blockers', 'supervision']);
    expect(off).toEqual([...NOTICE_GROUPS.plan, ...NOTICE_GROUPS.chasing]);
    expect(groupsOn(off)).toEqual(['blockers', 'supervision']);
  });

  it('show a group unticked when any of its kinds is off (a kind added to a group turned off)', () => {
    expect(groupsOn(['remind_filing'])).toEqual(['blockers', 'plan', 'supervision']);
  });
});
