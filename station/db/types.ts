/**
 * What the station's code sees of its database, apart from the code that opens one
 * (database.ts), so that the migrations and the queries depend on this and not on each other.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Bytes the database takes (PGlite: its data folder; PostgreSQL: the database's size). */
  size(): Promise<number>;
  close(): Promise<void>;
}
