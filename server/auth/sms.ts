import { appendFileSync } from 'node:fs';
import { logLine, maskPhone } from '../http/log.ts';
/** Text messages leave the system only through this interface; the outside world owns delivery. */
export type SmsMessage = { to: string; text: string; kind: 'otp' | 'quote_link' | 'reminder' | 'notice' | 'other' };
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

/**
 * Development sender (there is no SMS gateway yet). The log gets one line per message with the phone
 * masked, and the sign-in code so a developer can sign in; the full texts (names, approval links with
 * their tokens) go only to an outbox file in the data folder, which stands in for the customer's phone.
 */
export const logSms = (log: (m: string) => void, outboxFile?: string): SmsSender => ({
  async send(message) {
    const code = message.kind === 'otp' ? message.text.match(/\d{6}/)?.[0] : undefined;
    log(
      logLine('sms', {
        kind: message.kind,
        to: maskPhone(message.to),
        code,
        outbox: outboxFile ? 'sms-outbox.log' : undefined,
      }),
    );
    if (outboxFile)
      appendFileSync(
        outboxFile,
        `${new Date().toISOString()} ${message.to} ${message.kind}: ${message.text.replace(/[\r\n]+/g, ' ')}\n`,
        { mode: 0o600 },
      );
  },
});

/** Test sender: keeps every message for assertions. */
export function memorySms(): SmsSender & {
  sent: SmsMessage[];
  last: (to: string, kind?: SmsMessage['kind']) => SmsMessage | undefined;
} {
  const sent: SmsMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    // One-time codes by default: notices may also be texted to the same phone meanwhile.
    last: (to, kind = 'otp') => sent.filter((m) => m.to === to && m.kind === kind).at(-1),
  };
}
