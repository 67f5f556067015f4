/** Text messages leave the system only through this interface; the outside world owns delivery. */
export type SmsMessage = { to: string; text: string; kind: 'otp' | 'quote_link' | 'reminder' | 'other' };
export interface SmsSender {
  send(message: SmsMessage): Promise<void>;
}

/** Development sender: writes the message to the log so a developer can read the code. */
export const logSms = (log: (m: string) => void): SmsSender => ({
  async send(message) {
    log(`[sms → ${message.to}] ${message.text}`);
  },
});

/** Test sender: keeps every message for assertions. */
export function memorySms(): SmsSender & { sent: SmsMessage[]; last: (to: string) => SmsMessage | undefined } {
  const sent: SmsMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    last: (to) => sent.filter((m) => m.to === to).at(-1),
  };
}
