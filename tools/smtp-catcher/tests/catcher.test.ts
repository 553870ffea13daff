import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import { MAX_MESSAGES, startSmtpCatcher, type SmtpCatcher } from '../src/catcher.ts';

// A small but real PDF, followed by every byte value so any text/encoding mangling shows up.
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)),
]);

interface Summary {
  ID: string;
  From: { Name: string; Address: string };
  To: Array<{ Name: string; Address: string }>;
  Subject: string;
  Created: string;
  Attachments: number;
  Snippet: string;
}

interface Detail {
  ID: string;
  Subject: string;
  Date: string;
  Text: string;
  HTML: string;
  Attachments: Array<{ PartID: string; FileName: string; ContentType: string; Size: number }>;
}

let catcher: SmtpCatcher;

function transport() {
  return nodemailer.createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false, ignoreTLS: true });
}

/**
 * One kept-open connection, so many messages go fast and arrive in the order they were sent. The socket is opened
 * here to turn Nagle off: nodemailer writes the message and its final "." separately, and with Nagle plus the
 * receiver's delayed ACK each message waits ~40 ms (45 s for this test instead of ~2 s).
 */
function pooledTransport() {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: catcher.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 1,
    maxMessages: Number.POSITIVE_INFINITY,
    getSocket: (_options, callback) => {
      const connection = connect(catcher.smtpPort, '127.0.0.1', () => callback(null, { connection }));
      connection.setNoDelay(true);
      connection.once('error', (error) => callback(error, undefined));
    },
  });
}

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${catcher.httpUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
});

afterAll(async () => {
  await catcher.close();
});

beforeEach(() => {
  catcher.clear();
});

describe('smtp-catcher', () => {
  test('catches a real mail with its PDF attachment and serves it through the API', async () => {
    const mailer = transport();
    await mailer.sendMail({
      from: '"Mairie de Testville" <ne-pas-repondre@testville.fr>',
      to: '"Jean Dupont" <jean.dupont@example.fr>',
      bcc: 'archives@testville.fr',
      subject: 'Votre dossier n° 42 est complet',
      text: 'Bonjour Jean,\n\nVotre dossier est complet.\nCordialement.',
      html: '<p>Bonjour Jean,</p><p>Votre dossier est <strong>complet</strong>.</p>',
      attachments: [{ filename: 'récépissé.pdf', content: PDF, contentType: 'application/pdf' }],
    });
    mailer.close();

    const list = await getJson<{ total: number; messages: Summary[] }>('/api/v1/messages');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    const [summary] = list.body.messages;
    expect(summary).toMatchObject({
      From: { Name: 'Mairie de Testville', Address: 'ne-pas-repondre@testville.fr' },
      To: [{ Name: 'Jean Dupont', Address: 'jean.dupont@example.fr' }],
      Subject: 'Votre dossier n° 42 est complet',
      Attachments: 1,
      Snippet: 'Bonjour Jean, Votre dossier est complet. Cordialement.',
    });
    expect(new Date(summary!.Created).toISOString()).toBe(summary!.Created);
    expect(Date.now() - Date.parse(summary!.Created)).toBeLessThan(60_000);

    const detail = await getJson<Detail & { Bcc: Array<{ Address: string }> }>(`/api/v1/message/${summary!.ID}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      ID: summary!.ID,
      Subject: 'Votre dossier n° 42 est complet',
      Text: expect.stringContaining('Votre dossier est complet.'),
      HTML: expect.stringContaining('<strong>complet</strong>'),
      Bcc: [{ Address: 'archives@testville.fr' }],
    });
    expect(Number.isNaN(Date.parse(detail.body.Date))).toBe(false);
    expect(detail.body.Attachments).toEqual([
      {
        PartID: expect.any(String),
        FileName: 'récépissé.pdf',
        ContentType: 'application/pdf',
        ContentID: '',
        Size: PDF.length,
      },
    ]);

    const part = await fetch(
      `${catcher.httpUrl}/api/v1/message/${summary!.ID}/part/${detail.body.Attachments[0]!.PartID}`,
    );
    expect(part.status).toBe(200);
    expect(part.headers.get('content-type')).toBe('application/pdf');
    expect(part.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(part.headers.get('content-disposition')).toContain("filename*=UTF-8''r%C3%A9c%C3%A9piss%C3%A9.pdf");
    expect(Buffer.from(await part.arrayBuffer()).equals(PDF)).toBe(true);

    const latest = await getJson<Detail>('/api/v1/message/latest');
    expect(latest.body.ID).toBe(summary!.ID);

    const messages = catcher.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]!.envelope.to).toEqual(['jean.dupont@example.fr', 'archives@testville.fr']);
  });

  test('unknown messages and parts are 404 JSON', async () => {
    const missing = await getJson<{ error: string }>('/api/v1/message/inconnu');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual(expect.any(String));
    const missingPart = await fetch(`${catcher.httpUrl}/api/v1/message/inconnu/part/2`);
    expect(missingPart.status).toBe(404);
    expect(missingPart.headers.get('content-type')).toMatch(/^application\/json/);
  });

  test('DELETE /api/v1/messages clears the inbox', async () => {
    const mailer = transport();
    await mailer.sendMail({ from: 'a@example.fr', to: 'b@example.fr', subject: 'Un', text: '1' });
    await mailer.sendMail({ from: 'a@example.fr', to: 'b@example.fr', subject: 'Deux', text: '2' });
    mailer.close();
    expect((await getJson<{ total: number }>('/api/v1/messages')).body.total).toBe(2);

    const response = await fetch(`${catcher.httpUrl}/api/v1/messages`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect((await getJson<{ total: number }>('/api/v1/messages')).body.total).toBe(0);
    expect(catcher.messages()).toEqual([]);
  });

  test('the HTML inbox is French, accessible and escapes the mail content', async () => {
    const mailer = transport();
    await mailer.sendMail({
      from: '"<b>Pirate</b>" <pirate@example.fr>',
      to: 'jean.dupont@example.fr',
      subject: 'Alerte <script>alert("x")</script>',
      text: 'Texte <img src=x onerror=alert(1)>',
      html: '<script>alert("html")</script><p>version HTML</p>',
    });
    mailer.close();

    const inbox = await fetch(`${catcher.httpUrl}/`);
    expect(inbox.status).toBe(200);
    expect(inbox.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = await inbox.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toMatch(/<caption>[^<]+<\/caption>/);
    for (const column of ['Date', 'Expéditeur', 'Destinataires', 'Objet']) {
      expect(html).toContain(`<th scope="col">${column}</th>`);
    }
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Pirate</b>');
    expect(html).toContain('Alerte &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');

    const link = /<a href="(\/messages\/[^"]+)">/.exec(html)?.[1];
    expect(link).toBeDefined();
    const page = await fetch(`${catcher.httpUrl}${link!}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const detail = await page.text();
    expect(detail).toContain('<pre>Texte &lt;img src=x onerror=alert(1)&gt;</pre>');
    expect(detail).not.toContain('<script>');
    expect(detail).not.toContain('<p>version HTML</p>');
    expect(detail).toContain('elle n’est pas affichée');
    expect(detail.match(/<h1[ >]/g)).toHaveLength(1);
  });

  test(`keeps the newest ${MAX_MESSAGES} of ${MAX_MESSAGES + 1} messages`, async () => {
    const mailer = pooledTransport();
    await Promise.all(
      Array.from({ length: MAX_MESSAGES + 1 }, (_, index) =>
        mailer.sendMail({
          from: 'robot@example.fr',
          to: 'boite@example.fr',
          subject: `Message ${index}`,
          text: `${index}`,
        }),
      ),
    );
    mailer.close();

    const { body } = await getJson<{ total: number; messages: Summary[] }>(
      `/api/v1/messages?limit=${MAX_MESSAGES + 10}`,
    );
    expect(body.total).toBe(MAX_MESSAGES);
    expect(body.messages).toHaveLength(MAX_MESSAGES);
    // The oldest one was dropped; the list is newest first.
    expect(body.messages[0]!.Subject).toBe(`Message ${MAX_MESSAGES}`);
    expect(body.messages.at(-1)!.Subject).toBe('Message 1');
    expect(body.messages.some((message) => message.Subject === 'Message 0')).toBe(false);
  }, 10_000);

  test('the message list is paged like Mailpit (50 by default)', async () => {
    const mailer = pooledTransport();
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        mailer.sendMail({ from: 'robot@example.fr', to: 'boite@example.fr', subject: `Page ${index}`, text: 'x' }),
      ),
    );
    mailer.close();
    const first = await getJson<{ total: number; count: number; messages: Summary[] }>('/api/v1/messages');
    expect(first.body).toMatchObject({ total: 60, count: 50 });
    const rest = await getJson<{ count: number }>('/api/v1/messages?start=50');
    expect(rest.body.count).toBe(10);
  });
});
