/** What a consent store is, whichever database holds it (store.ts opens one): its location, what it keeps, what it does. */
import type { ConsentRecord } from './record.ts';

/** Which database: the file, or the PostgreSQL server. */
export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** One stored choice: the record as the browser sent it, and the server's time. */
export interface StoredRecord extends ConsentRecord {
  /** The server's time, ISO 8601 in UTC. */
  recordedAt: string;
}

/** The text a version names. */
export interface StoredText {
  textVersion: string;
  locale: string;
  text: string;
}

export interface ConsentStore {
  /** Adds the record, and its text if this version is new; a record already stored (same ID) is left as it is. */
  append(record: StoredRecord, text: StoredText): Promise<void>;
  /** Every record of a consent ID, oldest first, with the texts they name. */
  recordsOf(consentId: string): Promise<{ records: StoredRecord[]; texts: StoredText[] }>;
  /** Records made from `from` (inclusive) to `to` (exclusive), oldest first. */
  between(from: Date, to: Date): Promise<StoredRecord[]>;
  /** Deletes records made before `before`; returns how many. */
  prune(before: Date): Promise<number>;
  /** Keeps the texts a build shows (those already kept are left as they are), so a later build knows them. */
  keepTexts(texts: StoredText[], at: Date): Promise<void>;
  /** The text kept under `textVersion`, if any. */
  textOf(textVersion: string): Promise<StoredText | undefined>;
  close(): Promise<void>;
}

/** Told when a store's connection fails outside any call (an idle PostgreSQL connection dropped), with the error. */
export type ConnectionLost = (error: unknown) => void;
