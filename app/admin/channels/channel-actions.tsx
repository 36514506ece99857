'use client';

import { useTranslations } from 'next-intl';
import { resendFailed, setChannelEnabled, testChannel } from '@/lib/actions/channels';
import { useActionButton } from '../../_components/action-hooks';
import { FormMessage } from '../../_components/form-controls';

const button = 'min-h-11 rounded border border-slate-300 px-3 hover:bg-slate-50 disabled:opacity-60';

/**
 * A channel's buttons: 发送测试消息 (queued like any message, so it also shows the outbox works), 启用/停用,
 * and 重发失败消息 when some failed.
 */
export function ChannelActions(props: { channelId: number; enabled: boolean; failed: number }) {
  const t = useTranslations();
  const test = useActionButton(testChannel);
  const toggle = useActionButton(setChannelEnabled);
  const resend = useActionButton(resendFailed);
  const { channelId } = props;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => test.run({ channelId })}
        disabled={test.pending}
        className={button}
      >
        {test.pending ? t('channels.testing') : t('channels.test')}
      </button>
      <button
        type="button"
        onClick={() => toggle.run({ channelId, enabled: !props.enabled })}
        disabled={toggle.pending}
        className={button}
      >
        {props.enabled ? t('channels.disable') : t('channels.enable')}
      </button>
      {props.failed > 0 && (
        <button
          type="button"
          onClick={() => resend.run({ channelId })}
          disabled={resend.pending}
          className={button}
        >
          {t('channels.resend', { count: props.failed })}
        </button>
      )}
      <FormMessage text={test.notice ?? toggle.notice ?? resend.notice} />
    </div>
  );
}
