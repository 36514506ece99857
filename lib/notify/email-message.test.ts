import { afterEach, describe, expect, it, vi } from 'vitest';
import { noticeEmail } from './email-message';
import type { Notice } from './notices';

const chase: Notice = {
  userId: 1,
  kind: 'report_chase',
  blockerId: null,
  projectId: 7,
  payload: {
    blockerTitle: '',
    projectName: '',
    actorName: '郑某',
    projectNames: ['日盛达光伏玻璃', '矽盛单晶硅'],
    weekStart: '2024-04-15',
    comment: '周五前报送',
  },
};

afterEach(() => vi.unstubAllEnvs());

describe('a notice as an e-mail', () => {
  it('says in Chinese what the notification list says, with the comment and a link to the week', () => {
    vi.stubEnv('APP_BASE_URL', 'https://kp.example.cn/');
    const mail = noticeEmail(chase);
    expect(mail.subject).toBe('【重点项目推进平台】郑某 催报：请尽快填报 2024-04-15 起一周的周调度');
    expect(mail.text).toContain('附言：周五前报送');
    expect(mail.text).toContain('https://kp.example.cn/projects/7/week?week=2024-04-15');
  });

  it('has no link when the app’s address is not configured', () => {
    vi.stubEnv('APP_BASE_URL', '');
    expect(noticeEmail(chase).text).not.toContain('http');
  });

  it('keeps the subject to one short line whatever a title holds', () => {
    const mail = noticeEmail({
      userId: 1,
      kind: 'blocker_raise',
      blockerId: 3,
      projectId: 7,
      payload: {
        blockerTitle: `用地\r\nBcc: x@evil.example ${'长'.repeat(300)}`,
        projectName: 'P',
        actorName: '徐某',
      },
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(140);
    expect(mail.subject.endsWith('…')).toBe(true);
  });
});
