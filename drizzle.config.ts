import { defineConfig } from 'drizzle-kit';

// Migrations are generated from server/db/tables.ts and applied at server start (server/db/client.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/tables.ts',
  out: './server/db/migrations',
});
