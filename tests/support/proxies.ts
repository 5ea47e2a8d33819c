/**
 * Real infrastructure on loopback for the server tests: Debian's redis-server, postgresql, nginx (nginx-light) and Caddy,
 * each started on a free port with a configuration in a temporary folder, and stopped by its PID (PostgreSQL by pg_ctl).
 * `npm test` installs them when missing (system-packages.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { unusedPort } from './smtp.ts';
import { programPath } from './system-packages.ts';

export interface Running {
  readonly host: string;
  readonly port: number;
  /** Everything the process wrote so far. */
  output(): string;
  /** Ends the process (SIGTERM) and waits for it; `kill` ends it at once (SIGKILL), as a crash would. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** Resolves once something accepts TCP connections on host:port (no fixed sleep: each failed try waits for the next tick of the process). */
async function listening(host: string, port: number, child: ChildProcess, output: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode}):\n${output()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function run(command: string, args: string[], host: string, port: number, dir: string, env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const output = () => text;
  try {
    await listening(host, port, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    host,
    port,
    output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** redis-server on 127.0.0.1 (on `port`, or a free one), nothing saved to disk. */
export async function startRedis(port?: number): Promise<Running & { url: string }> {
  port ??= await unusedPort();
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-redis-'));
  const redis = await run(programPath('redis-server'), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], '127.0.0.1', port, dir);
  return Object.assign(redis, { url: `redis://127.0.0.1:${port}` });
}

/**
 * nginx on `host`, in front of the app at `upstream` (e.g. 127.0.0.1:4000), configured as docs/deployment.md's nginx
 * example: it appends the client to X-Forwarded-For ($proxy_add_x_forwarded_for) and says the request came by https.
 * It connects to the app from `bindAddress`, the address the app's TRUST_PROXY names.
 */
export async function startNginx(upstream: string, { host = '127.0.0.2', bindAddress = '127.0.0.2' } = {}): Promise<Running> {
  const port = await unusedPort();
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-nginx-'));
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen ${host}:${port};
    location / {
      proxy_pass http://${upstream};
      proxy_bind ${bindAddress};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-Host $host;
    }
  }
}
`;
  await writeFile(path.join(dir, 'nginx.conf'), config);
  return run(programPath('nginx-light'), ['-e', 'stderr', '-p', dir, '-c', path.join(dir, 'nginx.conf')], host, port, dir);
}

/**
 * Caddy with the deploy kit's Caddyfile (deploy/Caddyfile), as docs/deployment.md has it, changed only
 * where a test must: a certificate from Caddy's own local CA (`tls internal`) instead of Let's Encrypt, loopback
 * addresses and free ports, and no admin endpoint.
 */
export async function startCaddy(upstream: string, { host = '127.0.0.5', siteHost = 'www.jainkasso.se', apexHost = 'jainkasso.se' } = {}): Promise<Running & { origin: string; apexOrigin: string }> {
  const port = await unusedPort();
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-caddy-'));
  const deployed = await readFile(new URL('../../deploy/Caddyfile', import.meta.url), 'utf8');
  const global = `{
\tadmin off
\tauto_https disable_redirects
\tskip_install_trust
\tstorage file_system ${dir}/data
\tdefault_bind ${host}
\tlocal_certs
}
`;
  await writeFile(path.join(dir, 'Caddyfile'), `${global}\n${deployed}`);
  const env = {
    ...process.env,
    HOME: dir,
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    SITE_HOST: `${siteHost}:${port}`,
    APEX_HOST: `${apexHost}:${port}`,
    APP_ADDRESS: upstream,
  };
  const caddy = await run(programPath('caddy'), ['run', '--adapter', 'caddyfile', '--config', path.join(dir, 'Caddyfile')], host, port, dir, env);
  return { ...caddy, origin: `https://${siteHost}:${port}`, apexOrigin: `https://${apexHost}:${port}` };
}

/**
 * A PostgreSQL cluster of the tests' own, as plain data: where it listens and where its data is. Another process
 * (a Vitest worker, when a global setup made the cluster) attaches to it with `attachPostgres`.
 */
export interface PostgresCluster {
  readonly port: number;
  /** The temporary folder: the data under `data/`, the socket, the password file and the server's log. */
  readonly dir: string;
}

/** A PostgreSQL server of the tests' own; `stop()` and `start()` again keep its data, as a restart would. */
export interface TestPostgres {
  readonly cluster: PostgresCluster;
  /** A URL for `database` (created by `createDatabase`), with the test user's password. */
  url(database: string): string;
  /** Creates an empty database. */
  createDatabase(database: string): Promise<void>;
  /** Stops the server at once ("fast" shutdown: connections are cut, as in a crash of the network). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data (when it is not running). */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  remove(): Promise<void>;
}

/** PostgreSQL's test user and password (scram-sha-256, as a real server would ask). */
export const POSTGRES_USER = { name: 'jainkasso', password: 'test-only-password' };

/** PostgreSQL refuses to run as root: as root, its programs run as Debian's `postgres` user. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('PostgreSQL cannot run as root and there is no `postgres` user: install Debian\'s postgresql package.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Debian's PostgreSQL programs (initdb, pg_ctl, postgres), off PATH. */
function postgresBin(program: string): string {
  return path.join(path.dirname(programPath('postgresql')), program);
}

/** Runs one of PostgreSQL's programs (as `postgres` when root) to its end; its exit code and what it printed. */
function runPostgresProgram(program: string, args: string[]): Promise<{ code: number | null; output: string }> {
  // From the temporary folder: the `postgres` user may not read the working directory.
  const child = spawn(postgresBin(program), args, { ...postgresUser(), cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Debian's PostgreSQL (initdb and pg_ctl from the package) on 127.0.0.1 and a free port, in a temporary folder.
 * pg_ctl starts and stops it, so any process that knows the cluster can (attachPostgres).
 */
export async function startPostgres(): Promise<TestPostgres> {
  const port = await unusedPort();
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-postgres-'));
  const user = postgresUser();
  if (user) await chown(dir, user.uid, user.gid);
  const passwordFile = path.join(dir, 'password');
  await writeFile(passwordFile, POSTGRES_USER.password);
  if (user) await chown(passwordFile, user.uid, user.gid);
  const initdb = await runPostgresProgram('initdb', [
    '-D', path.join(dir, 'data'), '-U', POSTGRES_USER.name, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8',
  ]);
  if (initdb.code !== 0) throw new Error(`initdb failed:\n${initdb.output}`);
  const postgres = attachPostgres({ port, dir });
  await postgres.start();
  return postgres;
}

/** The cluster another process made with startPostgres, to stop, start and remove from this one. */
export function attachPostgres(cluster: PostgresCluster): TestPostgres {
  const { port, dir } = cluster;
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  const url = (database: string) => `postgres://${POSTGRES_USER.name}:${POSTGRES_USER.password}@127.0.0.1:${port}/${database}`;
  /** Whether the server runs (pg_ctl status: 0 running, 3 not). */
  const running = async () => (await runPostgresProgram('pg_ctl', ['status', '-D', data])).code === 0;
  const stop = async () => {
    if (!(await running())) return;
    // "fast": open connections are cut at once, as when the server goes away.
    const { code, output } = await runPostgresProgram('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '120']);
    if (code !== 0) throw new Error(`pg_ctl stop failed:\n${output}`);
  };
  return {
    cluster,
    url,
    async createDatabase(database) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`create database "${database.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop,
    async start() {
      if (await running()) return;
      // -w: pg_ctl returns once the server accepts connections. No fsync: the tests need a real server, not durable storage.
      const options = `-h 127.0.0.1 -p ${port} -k ${dir} -F -c max_connections=60`;
      const { code, output } = await runPostgresProgram('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '120', '-o', options]);
      if (code !== 0) throw new Error(`pg_ctl start failed:\n${output}\n${await readFile(log, 'utf8').catch(() => '')}`);
    },
    async remove() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
