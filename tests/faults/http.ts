/**
 * A bare HTTP client for the fault suite: one new connection per request (so the fault proxy decides
 * per request), a hard timeout, only 127.0.0.1. Errors are answers too: status 0 with the reason.
 */
import { request } from 'node:http';

export type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  ms: number;
};

export function call(
  base: string,
  method: string,
  path: string,
  options: { json?: unknown; body?: string | Buffer; cookie?: string; type?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  const url = new URL(path, base);
  if (url.hostname !== '127.0.0.1') throw new Error('the fault suite only talks to 127.0.0.1');
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = options.type ?? 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  return new Promise((resolve) => {
    let done = false;
    const finish = (a: Omit<Answer, 'ms'>) => {
      if (done) return;
      done = true;
      resolve({ ...a, ms: performance.now() - started });
    };
    const req = request(url, { method, headers, agent: false, timeout: options.timeoutMs ?? 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        finish({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', (e) => finish({ status: 0, headers: {}, text: e.message }));
      res.on('aborted', () => finish({ status: 0, headers: {}, text: 'aborted' }));
    });
    req.on('timeout', () => {
      req.destroy(new Error('timeout'));
    });
    req.on('error', (e) => finish({ status: 0, headers: {}, text: e.message }));
    req.end(body);
  });
}

export const json = <T>(a: Answer): T | null => {
  try {
    return JSON.parse(a.text) as T;
  } catch {
    return null;
  }
};

export const cookieOf = (a: Answer) => {
  const set = a.headers['set-cookie'];
  const line = (Array.isArray(set) ? set : set ? [set] : []).find((s) => s.startsWith('pitlane='));
  return line ? line.split(';')[0]! : '';
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
