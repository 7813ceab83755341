/**
 * One small interface over the two databases the station runs on: PGlite (PostgreSQL compiled
 * to WASM, a data folder, nothing to install — the default) and a real PostgreSQL through
 * postgres.js (a centre or an académie). Both speak the same SQL; queries use $1… parameters.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { migrate } from './migrations.ts';
import type { Database, Row } from './types.ts';

export type { Database, Queryable, Row } from './types.ts';

const openPglite = async (dataDir: string | null): Promise<Database> => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const query = async <T extends Row>(text: string, params: readonly unknown[] = []) =>
    (await db.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T extends Row>(text: string, params: readonly unknown[] = []) =>
            (await tx.query<T>(text, params as unknown[])).rows,
        }),
      ),
    size: async () =>
      Number(
        (await query<{ size: string }>('select pg_database_size(current_database()) as size'))[0]?.size ?? 0,
      ),
    close: () => db.close(),
  };
};

const openPostgres = async (url: string): Promise<Database> => {
  const sql = postgres(url, { max: 10, onnotice: () => undefined });
  const query = async <T extends Row>(text: string, params: readonly unknown[] = []) =>
    (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    kind: 'postgres',
    query,
    transaction: (work) =>
      sql.begin((tx) =>
        work({
          query: async <T extends Row>(text: string, params: readonly unknown[] = []) =>
            (await tx.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
        }),
      ) as Promise<never>,
    size: async () =>
      Number(
        (await query<{ size: string }>('select pg_database_size(current_database()) as size'))[0]?.size ?? 0,
      ),
    close: () => sql.end({ timeout: 5 }),
  };
};

/** Opens (and migrates) the station's database: a PostgreSQL URL, a data folder, or memory (tests). */
export const openDatabase = async (target: { url?: string; dataDir?: string | null }): Promise<Database> => {
  const db = target.url ? await openPostgres(target.url) : await openPglite(target.dataDir ?? null);
  await migrate(db);
  return db;
};
