// The one door from web/ into server/: a type, erased at build time, for Hono's RPC client.
export type { ApiType } from './app.ts';
