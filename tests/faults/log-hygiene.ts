/**
 * What a server's log may hold (item 6): one JSON object per line (the human start-up banner aside),
 * control characters escaped, no phone numbers, no customer or staff names, no tokens or token hashes,
 * no query parameters. Returns the problems found, each with its line number, never the line itself
 * (which would put the secret in the test output).
 */
const BANNER = [
  /^$/,
  /^Pitlane is running at /,
  /^ {2}(Customer|Staff): /,
  /^ {12}\w+ +\S+ \/ \S+ +\(/,
  /^Building the app/,
];
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const HEX_HASH = /[0-9a-f]{40,}/i;
const B64_TOKEN = /[A-Za-z0-9_-]{32,}/;
const NAMES = ['张先生', '王女士', '赵先生', '张伟', '李顾问', '王师傅', '陈经理'];

export function logProblems(log: string, secrets: string[] = []): string[] {
  const problems: string[] = [];
  log.split('\n').forEach((line, i) => {
    const n = `line ${i + 1}`;
    // Raw control characters (a forged line would need one); escaped ones are fine.
    if ([...line].some((ch) => (ch < ' ' && ch !== '\t') || ch === '\u007f'))
      problems.push(`${n}: raw control character`);
    if (BANNER.some((b) => b.test(line))) return;
    let event: Record<string, unknown>;
    try {
      event = JSON.parse(line) as Record<string, unknown>;
    } catch {
      problems.push(`${n}: not one JSON event`);
      return;
    }
    if (typeof event.event !== 'string') problems.push(`${n}: no event name`);
    if (PHONE.test(line)) problems.push(`${n}: a phone number`);
    if (HEX_HASH.test(line)) problems.push(`${n}: a hash`);
    if (B64_TOKEN.test(line.replace(/"stack":"[^"]*"/, ''))) problems.push(`${n}: a token-like run`);
    if (/params:|Failed query/.test(line)) problems.push(`${n}: query parameters`);
    for (const name of NAMES) if (line.includes(name)) problems.push(`${n}: a name`);
    for (const s of secrets) if (s && line.includes(s)) problems.push(`${n}: a secret of the test`);
  });
  return problems;
}
