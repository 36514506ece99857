import { createHmac } from 'node:crypto';

// The two group robots zones chase in, in their documented JSON formats: 企业微信's group robot and 钉钉's
// custom robot (markdown messages), with 钉钉's optional 加签 (a timestamp and an HMAC-SHA256 of it in the URL).

export type RobotKind = 'wecom' | 'dingtalk';

export interface RobotMessage {
  title: string;
  text: string;
}

export interface Robot {
  kind: RobotKind;
  webhookUrl: string;
  secret: string;
}

/** The request that posts `message` to the robot: its URL (signed, for a signed 钉钉 robot) and JSON body. */
export function robotRequest(robot: Robot, message: RobotMessage, now: Date): { url: string; body: string } {
  if (robot.kind === 'wecom') {
    const content = `**${message.title}**\n${message.text}`;
    return { url: robot.webhookUrl, body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }) };
  }
  const url = new URL(robot.webhookUrl);
  if (robot.secret) {
    const timestamp = String(now.getTime());
    const sign = createHmac('sha256', robot.secret).update(`${timestamp}\n${robot.secret}`).digest('base64');
    url.searchParams.set('timestamp', timestamp);
    url.searchParams.set('sign', sign);
  }
  const text = `### ${message.title}\n${message.text}`;
  return {
    url: url.toString(),
    body: JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text } }),
  };
}

/** Both robots answer HTTP 200 with `errcode` 0 when they took the message, and another errcode when not. */
export async function robotAccepted(response: Response): Promise<string | null> {
  const text = await response.text();
  if (!response.ok) return `HTTP ${response.status}`;
  try {
    const { errcode, errmsg } = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
    return errcode === 0 || errcode === undefined ? null : `errcode ${String(errcode)}: ${String(errmsg)}`;
  } catch {
    return null;
  }
}
