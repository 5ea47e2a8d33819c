/**
 * The consent store in an SQLite file: the file is a worker thread's (sqlite-worker.ts; one per process, shared by
 * every store it opens), which writes by group commit; here each call is a message to it, so the server's event loop
 * never waits on the disk or on a lock held by another connection (the CLI, a backup): pages and /healthz keep
 * answering while the store is busy.
 */
import { Worker } from 'node:worker_threads';
import { STORE_CLOSED } from './store-errors.ts';
import type { Reply, Request, WorkerError } from './sqlite-messages.ts';
import type { ConsentStore } from './store-types.ts';

/** The thread's code as TypeScript: what tests, `astro dev` and `npm run consent` run. */
export const SQLITE_WORKER_SOURCE = new URL('./sqlite-worker.ts', import.meta.url);
/**
 * The same code as one JavaScript file, which the build writes to dist/server/ (src/server/integration.ts) and the
 * server runs: the thread then loads neither Node's TypeScript stripper nor Kysely's 257 modules (16 MiB less RSS).
 */
export const SQLITE_WORKER_BUILT = 'sqlite-worker.mjs';

/** Distributes the Omit over Request's union, so each call keeps its own fields. */
type Call = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The worker's error as an Error again, with the code and SQLite result code the service classifies by. */
function revive({ message, ...codes }: WorkerError): Error {
  return Object.assign(new Error(message), codes);
}

/** The running worker: `call` sends a request and resolves with its answer. */
interface StoreThread {
  call: <T>(request: Call) => Promise<T>;
}

/** The running thread of each worker code (one in practice): its stores share it. */
const threads = new Map<string, StoreThread>();
let nextStore = 0;

/** The thread running `code`, started on first use and again should it ever end (a crash fails its calls, nothing more). */
function storeThread(code: URL): StoreThread {
  const running = threads.get(code.href);
  if (running) return running;
  const worker = new Worker(code);
  // Only a call waiting for its answer keeps the process alive (the CLI exits once it has its records).
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let ended: Error | undefined;
  const settle = (id: number, how: (call: Waiting) => void) => {
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    how(call);
  };
  const end = (error: Error) => {
    ended ??= Object.assign(new Error(`The consent store's SQLite thread has ended: ${error.message}`), { code: STORE_CLOSED });
    if (threads.get(code.href) === current) threads.delete(code.href);
    for (const id of [...waiting.keys()]) settle(id, (call) => call.reject(ended!));
  };
  worker.on('message', (message: Reply) => settle(message.id, (call) => (message.ok ? call.resolve(message.value) : call.reject(revive(message.error)))));
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`exit ${code}`)));
  const current: StoreThread = {
    call: <T>(request: Call) =>
      new Promise<T>((resolve, reject) => {
        if (ended) return reject(ended);
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.ref();
        worker.postMessage({ ...request, id });
      }),
  };
  threads.set(code.href, current);
  return current;
}

/**
 * Opens the file (creating it, its folder and its schema) in the store thread running `worker` (the source unless
 * given); throws, keeping nothing open, when it cannot.
 */
export async function openSqliteStore(file: string, worker: URL = SQLITE_WORKER_SOURCE): Promise<ConsentStore> {
  const store = nextStore++;
  const { call } = storeThread(worker);
  await call({ op: 'open', store, file });
  let closing: Promise<void> | undefined;
  return {
    append: (record, text) => call({ op: 'append', store, record, text }),
    recordsOf: (consentId) => call({ op: 'recordsOf', store, consentId }),
    between: (from, to) => call({ op: 'between', store, from: from.toISOString(), to: to.toISOString() }),
    prune: (before) => call({ op: 'prune', store, before: before.toISOString() }),
    keepTexts: (texts, at) => call({ op: 'keepTexts', store, texts, at: at.toISOString() }),
    textOf: (textVersion) => call({ op: 'textOf', store, textVersion }),
    close: () => (closing ??= call<void>({ op: 'close', store }).catch(() => undefined)),
  };
}
