/**
 * The station's schema, as numbered migrations applied in order, once each, in a transaction.
 * The same SQL runs on PGlite and PostgreSQL. Never edit a released migration: add one.
 */
import type { Database } from './types.ts';

const MIGRATIONS: readonly string[] = [
  `
  create table examiners (
    id serial primary key,
    username text not null unique,
    display_name text not null,
    password_hash text not null,
    is_admin boolean not null default false,
    created_at timestamptz not null default now()
  );
  create table logins (
    token text primary key,
    examiner_id integer not null references examiners(id),
    expires_at bigint not null
  );
  create table commissions (
    id text primary key,
    label text not null,
    examiner_id integer not null references examiners(id),
    subject_package text not null,
    subject_title text not null,
    pairing_code text not null unique,
    created_at timestamptz not null default now()
  );
  create table candidate_sessions (
    id text primary key,
    commission_id text not null references commissions(id),
    session text not null,
    candidate_number text not null,
    key text not null,
    paired_host text not null,
    next_seq integer not null default 0,
    head text not null,
    reported_total integer not null default 0,
    last_contact bigint not null default 0,
    paired_at bigint not null
  );
  create table events (
    session_id text not null references candidate_sessions(id),
    seq integer not null,
    hash text not null,
    kind text not null,
    time bigint not null,
    body text not null,
    received_at bigint not null,
    primary key (session_id, seq)
  );
  create table nonces (
    session_id text not null,
    nonce text not null,
    at bigint not null,
    primary key (session_id, nonce)
  );
  create table marks (
    session_id text primary key references candidate_sessions(id),
    draft text not null,
    assessment text,
    updated_at bigint not null
  );
  create table audit_log (
    id serial primary key,
    at bigint not null,
    kind text not null,
    remote text not null default '',
    detail text not null default ''
  );
  `,
];

export const migrate = async (db: Database): Promise<void> => {
  await db.query(
    'create table if not exists schema_migrations (version integer primary key, applied_at bigint not null)',
  );
  const done = new Set(
    (await db.query<{ version: number }>('select version from schema_migrations')).map((row) =>
      Number(row.version),
    ),
  );
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('insert into schema_migrations (version, applied_at) values ($1, $2)', [
        version,
        Date.now(),
      ]);
    });
  }
};
