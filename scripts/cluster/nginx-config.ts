/**
 * Fills in deploy/nginx/pitlane.conf.template for a set of local API processes: the upstream servers
 * with their passive health check, the address nginx listens on, and the folder it runs in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NGINX_TEMPLATE = fileURLToPath(new URL('../../deploy/nginx/pitlane.conf.template', import.meta.url));

export type NginxConfigInput = {
  /** The API processes' ports on 127.0.0.1. */
  ports: number[];
  /** host:port or port nginx listens on. */
  listen: string | number;
  /** nginx's prefix folder (pid, logs, temp files). */
  dir: string;
  /** Seconds a failed process stays out of rotation. */
  failTimeoutS?: number;
  /** Running as root: workers run as this user (they must read the temp folders). */
  user?: string;
  /** Tests: say which process served a live stream (X-Pitlane-Upstream). Never in production. */
  exposeUpstream?: boolean;
};

export function nginxConfig(input: NginxConfigInput, template = readFileSync(NGINX_TEMPLATE, 'utf8')): string {
  if (input.ports.length === 0) throw new Error('nginxConfig: no upstream ports');
  const servers = input.ports
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=${input.failTimeoutS ?? 2}s;`)
    .join('\n');
  return template
    .replaceAll('{{DIR}}', input.dir)
    .replaceAll('{{LISTEN}}', String(input.listen))
    .replaceAll('{{SERVERS}}', servers)
    .replaceAll('{{USER}}', input.user ? `user ${input.user};` : '')
    .replaceAll('{{STREAM_EXTRA}}', input.exposeUpstream ? '      add_header X-Pitlane-Upstream $upstream_addr;' : '');
}
