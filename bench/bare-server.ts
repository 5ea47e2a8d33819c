/**
 * The bench's yardstick for the consent records (bench/consent-records.ts): the least a server can do to store a
 * posted record, with no framework, no checks and no text: `node:http`, `JSON.parse`, one prepared INSERT of the
 * record's fields into a plain table, 204. On SQLite (WAL, synchronous=FULL, on the event loop: one commit per
 * record) or on PostgreSQL (pg's pool, one statement per record).
 *   node bench/bare-server.ts sqlite <file> | postgres <url>
 * Prints `listening <port>` once it listens on 127.0.0.1.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

const [kind, target] = process.argv.slice(2);
if ((kind !== 'sqlite' && kind !== 'postgres') || !target) throw new Error('usage: node bench/bare-server.ts sqlite <file> | postgres <url>');

const COLUMNS = 'record_id, consent_id, recorded_at, method, accepted, rejected, revision, locale, path, text_version';
const TABLE = `CREATE TABLE IF NOT EXISTS bare_records (id ${kind === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'bigserial PRIMARY KEY'}, record_id text, consent_id text, recorded_at text, method text, accepted text, rejected text, revision integer, locale text, path text, text_version text)`;

type Fields = [string, string, string, string, string, string, number, string, string, string];
let insert: (fields: Fields) => Promise<unknown>;

if (kind === 'sqlite') {
  const db = new DatabaseSync(target);
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; ${TABLE};`);
  const statement = db.prepare(`INSERT INTO bare_records (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  insert = (fields) => Promise.resolve(statement.run(...fields));
} else {
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  await pool.query(TABLE);
  const text = `INSERT INTO bare_records (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;
  insert = (values) => pool.query({ name: 'bare-insert', text, values });
}

async function body(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

const server = createServer((request, response) => {
  void body(request)
    .then(async (text) => {
      const r = JSON.parse(text) as { recordId: string; consentId: string; method: string; accepted: string[]; rejected: string[]; revision: number; locale: string; path: string; textVersion: string };
      await insert([r.recordId, r.consentId, new Date().toISOString(), r.method, r.accepted.join(','), r.rejected.join(','), r.revision, r.locale, r.path, r.textVersion]);
      response.writeHead(204).end();
    })
    .catch(() => response.writeHead(503).end());
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
