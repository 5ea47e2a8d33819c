/**
 * A real SMTP server on loopback (npm smtp-server) for the tests and the bench: it accepts, refuses or never
 * answers each mail, as the caller decides, and keeps what it accepted, parsed by mailparser (or, for the bench,
 * only counts it: parsing would compete with the server under measurement for the CPU).
 */
import { createServer } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** What the server does with one message: 250, a permanent 550, silence, or 250 once the test calls `release()`. */
export type SmtpAnswer = 'accept' | 'refuse' | 'hang' | 'hold';

export interface ReceivedMail {
  /** The SMTP envelope: who the client said the mail is from and for. */
  envelope: { from: string; to: string[] };
  /** The message as it arrived. */
  raw: string;
  /** The message read by mailparser. */
  parsed: ParsedMail;
  /** The AUTH user the client logged in as, if any. */
  user?: string | undefined;
}

export interface TestSmtp {
  readonly port: number;
  /** SMTP_URL for the app: plain SMTP on loopback. */
  readonly url: string;
  /** Mails accepted so far, in order of arrival. */
  readonly mails: ReceivedMail[];
  /** Mails refused so far (550), as they arrived. */
  readonly refused: ReceivedMail[];
  /** SMTP connections open now (a client that gave up on a hanging server must have closed its own). */
  readonly openConnections: number;
  /** SMTP connections opened so far, closed or not. */
  readonly connectionsOpened: number;
  /** Messages offered so far (accepted, refused or left hanging). */
  readonly attempts: number;
  /** Mails accepted so far, counted also when they are not kept. */
  readonly accepted: number;
  /** What to do with the next messages: one answer, or one per message (its 0-based index and its recipients). */
  answer: SmtpAnswer | ((index: number, to: string[]) => SmtpAnswer);
  /** Messages held now (answer 'hold'), waiting for `release()`. */
  readonly held: number;
  /** Accepts every held message. */
  release(): void;
  /** Mails accepted for one recipient. */
  mailsTo(address: string): ReceivedMail[];
  stop(): Promise<void>;
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export interface SmtpOptions {
  /** Enables AUTH with these user names and passwords. */
  users?: Record<string, string>;
  /** Keep and parse each mail (default); false only counts them, so `mails` and `refused` stay empty. */
  keep?: boolean;
}

/** Starts an SMTP server on a random loopback port. */
export async function startSmtp(options: SmtpOptions = {}): Promise<TestSmtp> {
  const keep = options.keep ?? true;
  const mails: ReceivedMail[] = [];
  const refused: ReceivedMail[] = [];
  let attempts = 0;
  let accepted = 0;
  let connectionsOpened = 0;
  const holding: (() => void)[] = [];
  const state = { answer: 'accept' as TestSmtp['answer'] };
  const server = new SMTPServer({
    authOptional: !options.users,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Hanging connections are cut when the test ends.
    closeTimeout: 200,
    // No reverse DNS lookup of 127.0.0.1 per connection: nothing here needs the name, and it would only add waiting.
    disableReverseLookup: true,
    onConnect(_session, callback) {
      connectionsOpened++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (options.users && options.users[auth.username ?? ''] === auth.password) return callback(null, { user: auth.username });
      return callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const index = attempts++;
      const to = session.envelope.rcptTo.map((r) => r.address);
      const answer = typeof state.answer === 'function' ? state.answer(index, to) : state.answer;
      readAll(stream).then(async (buffer) => {
        if (answer === 'hang') return; // never answer the message
        if (!keep) {
          if (answer === 'refuse') return callback(Object.assign(new Error('5.7.1 message refused by test'), { responseCode: 550 }));
          accepted++;
          return callback();
        }
        const raw = buffer.toString('utf8');
        const mail: ReceivedMail = {
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to },
          raw,
          parsed: await simpleParser(raw),
          user: session.user as string | undefined,
        };
        if (answer === 'refuse') {
          refused.push(mail);
          // A real server's refusal quotes the address: the app must not log it.
          return callback(Object.assign(new Error(`5.7.1 <${to.join(', ')}>: message refused by test`), { responseCode: 550 }));
        }
        if (answer === 'hold') {
          holding.push(() => {
            mails.push(mail);
            accepted++;
            callback();
          });
          return;
        }
        mails.push(mail);
        accepted++;
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refused,
    get openConnections() {
      return server.connections.size;
    },
    get connectionsOpened() {
      return connectionsOpened;
    },
    get attempts() {
      return attempts;
    },
    get accepted() {
      return accepted;
    },
    get answer() {
      return state.answer;
    },
    set answer(value) {
      state.answer = value;
    },
    get held() {
      return holding.length;
    },
    release: () => {
      for (const accept of holding.splice(0)) accept();
    },
    mailsTo: (address) => mails.filter((mail) => mail.envelope.to.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it (for "the mail server is down"). */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
