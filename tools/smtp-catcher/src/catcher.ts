// A real SMTP server that keeps what it receives in memory, with a web inbox: lets `npm run dev` and the tests
// send mail exactly as production does (plain SMTP) without Mailpit or Docker.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPError, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { createHttpHandler } from './http.ts';
import { MessageStore, toCaughtMessage, type CaughtMessage } from './store.ts';

export type { CaughtAttachment, CaughtMessage, MailAddress } from './store.ts';
export { MAX_MESSAGES } from './store.ts';

export interface SmtpCatcherOptions {
  /** SMTP port; 0 picks a free one. Default 1025 (Mailpit's). */
  smtpPort?: number;
  /** Web inbox and API port; 0 picks a free one. Default 8025 (Mailpit's). */
  httpPort?: number;
  host?: string;
}

export interface SmtpCatcher {
  smtpPort: number;
  httpUrl: string;
  /** Caught messages, newest first. */
  messages(): CaughtMessage[];
  clear(): void;
  close(): Promise<void>;
}

export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function smtpError(message: string, responseCode: number): SMTPError {
  return Object.assign(new Error(message), { responseCode });
}

function isSmtpError(error: unknown): error is SMTPError {
  return error instanceof Error && typeof (error as SMTPError).responseCode === 'number';
}

async function readMessage(stream: SMTPServerDataStream): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Keep reading to the end (the client waits for it) but stop keeping bytes past the limit.
    if (size <= MAX_MESSAGE_BYTES) chunks.push(buffer);
  }
  return stream.sizeExceeded || size > MAX_MESSAGE_BYTES ? undefined : Buffer.concat(chunks, size);
}

function listen(server: Server | SMTPServer, port: number, host: string): Promise<number> {
  const net = server instanceof SMTPServer ? server.server : server;
  return new Promise((resolve, reject) => {
    net.once('error', reject);
    const ready = () => {
      net.off('error', reject);
      resolve((net.address() as AddressInfo).port);
    };
    if (server instanceof SMTPServer) server.listen(port, host, ready);
    else server.listen(port, host, ready);
  });
}

export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const { smtpPort = 1025, httpPort = 8025, host = '127.0.0.1' } = options;
  const store = new MessageStore();

  const smtp = new SMTPServer({
    name: 'guichet-smtp-catcher',
    // SMTP replies are ASCII (clients decode them as Latin-1): no accents in the banner or the replies.
    banner: 'Guichet smtp-catcher, serveur de developpement',
    size: MAX_MESSAGE_BYTES,
    authOptional: true,
    // Any credentials are accepted, over plain text: applications configured with SMTP credentials keep working.
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonyme' }),
    // No TLS: a local catcher has no certificate, and clients must not try to upgrade.
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    // Connections still open at close() are cut after this delay instead of smtp-server's 30 s default.
    closeTimeout: 1000,
    onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
      receive(stream, session).then(
        (id) => callback(null, `OK id=${id}`),
        // Our own refusals (too large) keep their code; anything else is a temporary failure the client may retry.
        (error: unknown) => callback(isSmtpError(error) ? error : smtpError('Erreur de lecture du message', 451)),
      );
    },
  });
  // Protocol errors of one client (a dropped connection, bad commands) must not stop the catcher.
  smtp.on('error', (error: unknown) => console.error('[smtp-catcher]', error));

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const raw = await readMessage(stream);
    if (!raw) throw smtpError(`Message trop volumineux (plus de ${MAX_MESSAGE_BYTES} octets)`, 552);
    // keepCidLinks: the HTML stays as sent (cid: references), as Mailpit returns it, instead of inlined data: URIs.
    const parsed = await simpleParser(raw, { keepCidLinks: true });
    const message = toCaughtMessage(parsed, raw, {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
    });
    // Stored before the SMTP reply, so a sender that awaited sendMail() finds the message in the API.
    store.add(message);
    return message.id;
  }

  const handler = createHttpHandler(store);
  const http = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error('[smtp-catcher]', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('erreur interne');
    });
  });

  const actualSmtpPort = await listen(smtp, smtpPort, host);
  let actualHttpPort: number;
  try {
    actualHttpPort = await listen(http, httpPort, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(resolve));
    throw error;
  }

  return {
    smtpPort: actualSmtpPort,
    httpUrl: `http://${host.includes(':') ? `[${host}]` : host}:${actualHttpPort}`,
    messages: () => store.list(),
    clear: () => store.clear(),
    close: async () => {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(resolve)),
        new Promise<void>((resolve, reject) => {
          http.close((error) => (error ? reject(error) : resolve()));
          http.closeAllConnections();
        }),
      ]);
    },
  };
}
