/** The messages between the SQLite stores (sqlite-store.ts) and their worker thread (sqlite-worker.ts). */
import type { StoredRecord, StoredText } from './store-types.ts';

/** A call to the worker about the store `store` (a number the opening chose); dates as ISO 8601 strings. */
export type Request = { id: number; store: number } & (
  | { op: 'open'; file: string }
  | { op: 'append'; record: StoredRecord; text: StoredText }
  | { op: 'recordsOf'; consentId: string }
  | { op: 'between'; from: string; to: string }
  | { op: 'prune'; before: string }
  | { op: 'keepTexts'; texts: StoredText[]; at: string }
  | { op: 'textOf'; textVersion: string }
  | { op: 'close' }
);

/** An error as it crosses the thread: what store-errors.ts classifies by (a structured clone keeps only the message). */
export interface WorkerError {
  message: string;
  code?: string;
  /** SQLite's extended result code. */
  errcode?: number;
}

/** The answer to a call. */
export type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: WorkerError });
