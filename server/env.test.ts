/**
 * Demo mode (with its published staff passwords) is the default only for the embedded database; a
 * server on DATABASE_URL is a real center's unless PITLANE_DEMO=1 says otherwise, and outside demo
 * mode it does not start without PITLANE_PUBLIC_URL (links are never built from a Host header).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseEnv } from './env.ts';

const PG = 'postgres://u@127.0.0.1:5432/db';
const exits = () =>
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as never);

afterEach(() => vi.restoreAllMocks());

describe('demo mode default', () => {
  it('is on for the embedded database', () => {
    expect(parseEnv({}).PITLANE_DEMO).toBe('1');
  });
  it('is off on PostgreSQL unless asked for', () => {
    expect(parseEnv({ DATABASE_URL: PG, PITLANE_PUBLIC_URL: 'https://a.example' }).PITLANE_DEMO).toBe('0');
    expect(parseEnv({ DATABASE_URL: PG, PITLANE_DEMO: '1' }).PITLANE_DEMO).toBe('1');
  });
  it('outside demo mode, refuses to start without PITLANE_PUBLIC_URL', () => {
    exits();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => parseEnv({ DATABASE_URL: PG })).toThrow('exit 1');
    expect(() => parseEnv({ PITLANE_DEMO: '0' })).toThrow('exit 1');
    expect(parseEnv({ PITLANE_DEMO: '0', PITLANE_PUBLIC_URL: 'https://a.example' }).PITLANE_DEMO).toBe('0');
  });
});
