import { describe, expect, it } from 'vitest';
import { isNoticeOverdue, moveNotice, movesOpen, noticeNumber, noticePrefix } from './supervision-notice';

describe('督办单 rules', () => {
  it('numbers a notice with the zone prefix, year and sequence', () => {
    expect(noticeNumber('上党督', 2026, 12)).toBe('上党督〔2026〕12号');
    expect(noticePrefix({ supervisionPrefix: '', name: '示范开发区' })).toBe('示范开发区督');
    expect(noticePrefix({ supervisionPrefix: '上党督', name: '示范开发区' })).toBe('上党督');
  });

  it('goes open → replied → closed, or back to open when sent back', () => {
    expect(moveNotice('open', 'reply')).toBe('replied');
    expect(moveNotice('replied', 'accept')).toBe('closed');
    expect(moveNotice('replied', 'return')).toBe('open');
    expect(moveNotice('open', 'accept')).toBeNull();
    expect(moveNotice('replied', 'reply')).toBeNull();
    expect(moveNotice('closed', 'reply')).toBeNull();
    expect(moveNotice('closed', 'return')).toBeNull();
  });

  it('offers each side only its own moves', () => {
    expect(movesOpen('open', 'official')).toEqual(['reply']);
    expect(movesOpen('open', 'supervisor')).toEqual([]);
    expect(movesOpen('replied', 'supervisor')).toEqual(['accept', 'return']);
    expect(movesOpen('replied', 'official')).toEqual([]);
    expect(movesOpen('closed', 'supervisor')).toEqual([]);
  });

  it('is overdue only while it waits for a reply past its due day', () => {
    expect(isNoticeOverdue({ status: 'open', replyDue: '2026-12-01' }, '2026-12-02')).toBe(true);
    expect(isNoticeOverdue({ status: 'open', replyDue: '2026-12-02' }, '2026-12-02')).toBe(false);
    expect(isNoticeOverdue({ status: 'replied', replyDue: '2026-12-01' }, '2026-12-02')).toBe(false);
    expect(isNoticeOverdue({ status: 'closed', replyDue: '2026-12-01' }, '2026-12-02')).toBe(false);
  });
});
