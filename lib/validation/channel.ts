import { id, text } from './fields';
import { z } from './zod';

/**
 * Where each robot's webhooks live, as 企业微信 and 钉钉 document them. A robot's URL must be on its host over
 * HTTPS: the server posts to it, so any other address would let an admin make the server call into the
 * network it sits in.
 */
export const ROBOT_HOSTS = { wecom: 'qyapi.weixin.qq.com', dingtalk: 'oapi.dingtalk.com' } as const;
export const ROBOT_KINDS = Object.keys(ROBOT_HOSTS) as (keyof typeof ROBOT_HOSTS)[];

function onRobotHost(kind: keyof typeof ROBOT_HOSTS, value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' && url.hostname === ROBOT_HOSTS[kind] && url.username === '' && !url.port
    );
  } catch {
    return false;
  }
}

export const addChannelSchema = z
  .object({
    zoneId: id(),
    kind: z.enum(ROBOT_KINDS, 'validation.invalid'),
    webhookUrl: text(500).min(1, 'validation.required'),
    /** 钉钉's 加签 secret (SEC…); empty when the robot is not signed. */
    secret: text(100).default(''),
  })
  .superRefine((v, ctx) => {
    if (!onRobotHost(v.kind, v.webhookUrl))
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'channelValidation.urlHost' });
    if (v.kind === 'wecom' && v.secret !== '')
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'channelValidation.noSecret' });
  });
export type AddChannelInput = z.input<typeof addChannelSchema>;
export type AddChannel = z.output<typeof addChannelSchema>;

export const testChannelSchema = z.object({ channelId: id() });
