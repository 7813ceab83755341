/**
 * Review work kept in IndexedDB (through `idb`), so a reload loses nothing: each column's
 * bundle text (verified again when read back) and its assessment, and the examiner's name.
 *
 *   bundles      key: column key → { name, text, order }
 *   assessments  key: column key → { assessment }
 *   state    key: 'examiner' → { key, value: string }
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type Assessment, parse } from '../../../shared/schema/index.ts';

export interface StoredColumn {
  key: string;
  name: string;
  text: string;
  assessment: Assessment;
  order: number;
}

interface ReviewDB extends DBSchema {
  /** The bundle's text, written once when it is opened (it may hold 20,000 events). */
  bundles: { key: string; value: { key: string; name: string; text: string; order: number } };
  /** The assessment, written on every change. */
  assessments: { key: string; value: { key: string; assessment: unknown } };
  state: { key: string; value: { key: string; value: string } };
}

export const REVIEW_DB = 'temoin-review';

export interface ReviewStore {
  load(): Promise<{ columns: StoredColumn[]; examiner: string }>;
  put(column: StoredColumn): Promise<void>;
  putAssessment(key: string, assessment: Assessment): Promise<void>;
  delete(key: string): Promise<void>;
  putExaminer(name: string): Promise<void>;
  close(): void;
}

/** A stored record back, or undefined when it is damaged (its assessment no longer schema-valid). */
export const readStoredColumn = (raw: unknown): StoredColumn | undefined => {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Partial<StoredColumn>;
  if (typeof record.key !== 'string' || typeof record.name !== 'string' || typeof record.text !== 'string')
    return undefined;
  const assessment = parse('assessment', record.assessment);
  if (!assessment.ok) return undefined;
  return {
    key: record.key,
    name: record.name,
    text: record.text,
    assessment: assessment.value,
    order: typeof record.order === 'number' ? record.order : 0,
  };
};

export const openReviewStore = async (name = REVIEW_DB): Promise<ReviewStore> => {
  const db: IDBPDatabase<ReviewDB> = await openDB<ReviewDB>(name, 1, {
    upgrade(database) {
      database.createObjectStore('bundles', { keyPath: 'key' });
      database.createObjectStore('assessments', { keyPath: 'key' });
      database.createObjectStore('state', { keyPath: 'key' });
    },
  });
  return {
    async load() {
      const bundles = await db.getAll('bundles');
      const assessments = new Map((await db.getAll('assessments')).map((a) => [a.key, a.assessment]));
      const columns = bundles
        .map((b) => readStoredColumn({ ...b, assessment: assessments.get(b.key) }))
        .filter((c): c is StoredColumn => c !== undefined)
        .sort((a, b) => a.order - b.order);
      const examiner = (await db.get('state', 'examiner'))?.value ?? '';
      return { columns, examiner: typeof examiner === 'string' ? examiner : '' };
    },
    async put({ key, name, text, order, assessment }) {
      const tx = db.transaction(['bundles', 'assessments'], 'readwrite');
      await Promise.all([
        tx.objectStore('bundles').put({ key, name, text, order }),
        tx.objectStore('assessments').put({ key, assessment }),
        tx.done,
      ]);
    },
    async putAssessment(key, assessment) {
      await db.put('assessments', { key, assessment });
    },
    async delete(key) {
      const tx = db.transaction(['bundles', 'assessments'], 'readwrite');
      await Promise.all([
        tx.objectStore('bundles').delete(key),
        tx.objectStore('assessments').delete(key),
        tx.done,
      ]);
    },
    async putExaminer(value) {
      await db.put('state', { key: 'examiner', value });
    },
    close: () => db.close(),
  };
};
