/**
 * Many visitors at once, without a browser, for the tests and the bench: each posts the form as a browser
 * without JavaScript would, follows the redirect to the confirmation with its own cookie, and reports what it saw.
 * Also the server's memory and its sockets to a given port, read from Linux's /proc.
 */
import { readFile, readdir, readlink } from 'node:fs/promises';

/** Where the form posts (its Astro Action). */
const ACTION_PATH = '/dina-uppgifter/?_action=requests.submit';
/** Where a delivered request is redirected. */
const CONFIRMATION_PATH = '/dina-uppgifter/tack/';

export interface VisitorAnswer {
  /** HTTP status of the answer to the post. */
  status: number;
  /** The reference the confirmation page showed, when the post led to one (the request was delivered). */
  confirmed?: string;
  /** The reference the "could not confirm" page showed, when the mail server did not answer in time. */
  unconfirmed?: string;
  /** The answer's HTML when it was not a redirect (an error page). */
  html?: string;
  cacheControl: string | null;
}

/** The answer to one post of the form, before any redirect is followed. */
export interface PostAnswer {
  status: number;
  /** Milliseconds from sending the post until its answer was read: for the bench (a test asserts a bound on the server's own log). */
  ms: number;
  location: string | null;
  /** The cookies the answer set, as a browser would send them back. */
  cookie: string;
  body: string;
  cacheControl: string | null;
}

/** Posts the form once from `baseURL`'s own origin, as a browser without JavaScript would, and reads the answer. */
export async function postRequestForm(baseURL: string, fields: Record<string, string>, signal?: AbortSignal): Promise<PostAnswer> {
  const started = performance.now();
  const response = await fetch(new URL(ACTION_PATH, baseURL), {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { Origin: new URL(baseURL).origin },
    redirect: 'manual',
    ...(signal ? { signal } : {}),
  });
  const body = await response.text();
  return {
    status: response.status,
    ms: performance.now() - started,
    location: response.headers.get('location'),
    cookie: response.headers.getSetCookie().map((line) => line.split(';', 1)[0]).join('; '),
    body,
    cacheControl: response.headers.get('cache-control'),
  };
}

/** Whether an answer is the redirect to the confirmation page: the request was delivered. */
export function isDelivered(answer: PostAnswer): boolean {
  return answer.status === 303 && answer.location === CONFIRMATION_PATH;
}

/** Posts the form once from `baseURL`'s own origin; on a redirect to the confirmation, reads the reference it shows. */
export async function submitAsVisitor(baseURL: string, fields: Record<string, string>): Promise<VisitorAnswer> {
  const post = await postRequestForm(baseURL, fields);
  const answer: VisitorAnswer = { status: post.status, cacheControl: post.cacheControl };
  if (post.status !== 303 || !post.location) return { ...answer, html: post.body };

  // The browser's next step: the confirmation, with the cookie the answer set.
  const confirmation = await fetch(new URL(post.location, baseURL), { headers: { cookie: post.cookie }, redirect: 'manual' });
  const html = await confirmation.text();
  const reference = /data-reference[^>]*>\s*([^<\s]+)\s*</.exec(html)?.[1];
  if (confirmation.status !== 200 || !reference) return answer;
  return html.includes('data-unconfirmed') ? { ...answer, unconfirmed: reference } : { ...answer, confirmed: reference };
}

/** Runs `count` tasks with at most `concurrency` at a time; results in task order. */
export async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** A process's resident memory now and at its peak, in KiB, from /proc/<pid>/status (Linux). */
export async function processMemory(pid: number): Promise<{ rssKiB: number; peakKiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM') };
}

/** The ESTABLISHED state in /proc/net/tcp's `st` column. */
const TCP_ESTABLISHED = '01';

/**
 * How many TCP sockets of process `pid` are connected to `port` (Linux): the server's own open connections to, say,
 * the mail server, never the test client's connections to the server. Only ESTABLISHED ones: a connection the server
 * has already closed (FIN sent, waiting for the peer) is no longer one it holds, and under load the peer may take a
 * moment to finish closing it.
 */
export async function socketsTo(pid: number, port: number): Promise<number> {
  const links = await Promise.all((await readdir(`/proc/${pid}/fd`)).map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  const inodes = new Set(links.flatMap((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1] ?? []));
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  let count = 0;
  for (const table of ['tcp', 'tcp6']) {
    const rows = (await readFile(`/proc/${pid}/net/${table}`, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const row of rows) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const columns = row.trim().split(/\s+/);
      if (columns.length > 9 && columns[2]!.endsWith(`:${portHex}`) && columns[3] === TCP_ESTABLISHED && inodes.has(columns[9]!)) count++;
    }
  }
  return count;
}
