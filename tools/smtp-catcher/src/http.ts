// The catcher's web side: a JSON API shaped like a subset of Mailpit's (so tests can target either one) and a small
// French inbox. Mail content is hostile input: everything is escaped, the HTML body is never rendered, and a strict
// CSP goes on every response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CaughtAttachment, CaughtMessage, MailAddress, MessageStore } from './store.ts';
import { snippet } from './store.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";
const DEFAULT_LIMIT = 50; // Mailpit's default page size
const MAX_BODY_BYTES = 1024 * 1024;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function notFound(res: ServerResponse, api: boolean): void {
  if (api) sendJson(res, 404, { error: 'not found' });
  else
    send(
      res,
      404,
      'text/html; charset=utf-8',
      page('Page introuvable', '<h1>Page introuvable</h1>\n<p><a href="/">Retour à la boîte de réception</a></p>'),
    );
}

// ---- JSON API (Mailpit-compatible field names) ----

/** Fields the list and the detail share. */
function header(message: CaughtMessage) {
  return {
    ID: message.id,
    MessageID: message.messageId,
    From: message.from ?? { Name: '', Address: '' },
    To: message.to,
    Cc: message.cc,
    Bcc: message.bcc,
    ReplyTo: message.replyTo,
    Subject: message.subject,
  };
}

function summary(message: CaughtMessage) {
  return {
    ...header(message),
    Created: message.created.toISOString(),
    Size: message.size,
    Attachments: message.attachments.length,
    Snippet: snippet(message.text),
  };
}

function partJson(part: CaughtAttachment) {
  return {
    PartID: part.partId,
    FileName: part.fileName,
    ContentType: part.contentType,
    ContentID: part.contentId,
    Size: part.size,
  };
}

function detail(message: CaughtMessage) {
  return {
    ...header(message),
    Date: (message.date ?? message.created).toISOString(),
    Text: message.text,
    HTML: message.html,
    Size: message.size,
    Inline: message.inline.map(partJson),
    Attachments: message.attachments.map(partJson),
  };
}

function nonNegativeInt(value: string | null, fallback: number): number {
  const parsed = value === null ? Number.NaN : Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('corps trop volumineux');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function idsFrom(body: unknown): string[] | undefined {
  if (typeof body !== 'object' || body === null || !('IDs' in body)) return undefined;
  const { IDs } = body;
  return Array.isArray(IDs) && IDs.every((id) => typeof id === 'string') ? IDs : undefined;
}

/** Content-Disposition with both an ASCII fallback and the exact UTF-8 name (RFC 6266). */
function attachmentDisposition(fileName: string): string {
  const name = fileName || 'piece-jointe';
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// ---- HTML inbox ----

const STYLE = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 72rem; padding: 1rem 2rem; color: #161616; }
  table { border-collapse: collapse; width: 100%; }
  caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
  th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #ddd; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 1rem; border: 1px solid #ddd; }
  a { color: #000091; }
  :focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.5rem 0; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Capteur SMTP</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function formatAddress({ Name, Address }: MailAddress): string {
  return Name ? `${Name} <${Address}>` : Address;
}

function formatAddresses(addresses: MailAddress[]): string {
  return addresses.map(formatAddress).join(', ');
}

function time(date: Date): string {
  return `<time datetime="${date.toISOString()}">${escapeHtml(dateFormat.format(date))}</time>`;
}

function messageHref(message: CaughtMessage): string {
  return `/messages/${encodeURIComponent(message.id)}`;
}

function partHref(message: CaughtMessage, part: CaughtAttachment): string {
  return `/api/v1/message/${encodeURIComponent(message.id)}/part/${encodeURIComponent(part.partId)}`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
  return `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

export function inboxPage(messages: CaughtMessage[]): string {
  const count = messages.length;
  const intro =
    count === 0
      ? '<p>Aucun message reçu.</p>'
      : `<p>${count} message${count > 1 ? 's' : ''} (les plus anciens sont supprimés au-delà de 1000).</p>`;
  const rows = messages
    .map(
      (message) => `<tr>
<td>${time(message.created)}</td>
<td>${escapeHtml(message.from ? formatAddress(message.from) : '')}</td>
<td>${escapeHtml(formatAddresses([...message.to, ...message.cc, ...message.bcc]))}</td>
<td><a href="${escapeHtml(messageHref(message))}">${escapeHtml(message.subject || '(sans objet)')}</a></td>
</tr>`,
    )
    .join('\n');
  const table =
    count === 0
      ? ''
      : `<table>
<caption>Messages reçus, du plus récent au plus ancien</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Expéditeur</th><th scope="col">Destinataires</th><th scope="col">Objet</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return page('Boîte de réception', `<h1>Boîte de réception</h1>\n${intro}\n${table}`);
}

export function messagePage(message: CaughtMessage): string {
  const subject = message.subject || '(sans objet)';
  const headers: Array<[string, string]> = [
    ['Expéditeur', message.from ? formatAddress(message.from) : ''],
    ['Destinataires', formatAddresses(message.to)],
    ['Copie', formatAddresses(message.cc)],
    ['Copie cachée', formatAddresses(message.bcc)],
  ];
  const list = headers
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  const attachments = message.attachments.length
    ? `<ul>\n${message.attachments
        .map(
          (part) =>
            `<li><a href="${escapeHtml(partHref(message, part))}">${escapeHtml(part.fileName || 'pièce jointe')}</a> (${escapeHtml(part.contentType)}, ${formatSize(part.size)})</li>`,
        )
        .join('\n')}\n</ul>`
    : '<p>Aucune pièce jointe.</p>';
  const htmlNote = message.html
    ? '<p>Ce message a aussi une version HTML ; elle n’est pas affichée ici, par sécurité.</p>\n'
    : '';
  return page(
    subject,
    `<p><a href="/">Retour à la boîte de réception</a></p>
<h1>${escapeHtml(subject)}</h1>
<dl>
${list}
<dt>Reçu le</dt><dd>${time(message.created)}</dd>
</dl>
<h2>Texte du message</h2>
${htmlNote}<pre>${escapeHtml(message.text)}</pre>
<h2>Pièces jointes</h2>
${attachments}
<p><a href="/api/v1/message/${escapeHtml(encodeURIComponent(message.id))}/raw">Source du message</a></p>`,
  );
}

// ---- Routing ----

function segment(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

export function createHttpHandler(store: MessageStore): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(segment);
    const api = url.pathname.startsWith('/api/');
    if (parts.some((part) => part === undefined)) return notFound(res, api);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const [a, b, c, d, e, f] = parts as string[];

    if (url.pathname === '/' && method === 'GET') {
      return send(res, 200, 'text/html; charset=utf-8', inboxPage(store.list()));
    }
    if (a === 'messages' && b !== undefined && c === undefined && method === 'GET') {
      const message = store.get(b);
      return message ? send(res, 200, 'text/html; charset=utf-8', messagePage(message)) : notFound(res, false);
    }
    if (a === 'api' && b === 'v1' && c === 'messages' && d === undefined) {
      if (method === 'GET') {
        const all = store.list();
        const start = nonNegativeInt(url.searchParams.get('start'), 0);
        const limit = nonNegativeInt(url.searchParams.get('limit'), DEFAULT_LIMIT);
        const messages = all.slice(start, start + limit).map(summary);
        return sendJson(res, 200, {
          total: all.length,
          messages_count: all.length,
          start,
          count: messages.length,
          messages,
        });
      }
      if (method === 'DELETE') {
        // Mailpit: a body { "IDs": [...] } deletes those, no body deletes everything.
        let body: unknown;
        try {
          body = await readJsonBody(req);
        } catch {
          return send(res, 400, 'text/plain; charset=utf-8', 'corps JSON invalide');
        }
        const ids = idsFrom(body);
        if (ids) store.delete(ids);
        else store.clear();
        return send(res, 200, 'text/plain; charset=utf-8', 'ok');
      }
      return send(res, 405, 'text/plain; charset=utf-8', 'méthode non permise', { Allow: 'GET, DELETE' });
    }
    if (a === 'api' && b === 'v1' && c === 'message' && d !== undefined && method === 'GET') {
      const message = store.get(d);
      if (!message) return notFound(res, true);
      if (e === undefined) return sendJson(res, 200, detail(message));
      if (e === 'raw' && f === undefined) return send(res, 200, 'text/plain; charset=utf-8', message.raw);
      if (e === 'part' && f !== undefined && parts.length === 6) {
        const part = [...message.attachments, ...message.inline].find((candidate) => candidate.partId === f);
        if (!part) return notFound(res, true);
        // The type comes from the mail: only a plain type/subtype goes into the header.
        const type = /^[\w.+-]+\/[\w.+-]+$/.test(part.contentType) ? part.contentType : 'application/octet-stream';
        return send(res, 200, type, part.content, {
          'Content-Disposition': attachmentDisposition(part.fileName),
        });
      }
    }
    return notFound(res, api);
  };
}
