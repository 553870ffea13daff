// The caught messages, in memory. Bounded so a runaway test or job cannot exhaust the machine's memory.
import { randomBytes } from 'node:crypto';
import type { AddressObject, Attachment, EmailAddress, ParsedMail } from 'mailparser';

export const MAX_MESSAGES = 1000;
const SNIPPET_LENGTH = 250;

export interface MailAddress {
  Name: string;
  Address: string;
}

export interface CaughtAttachment {
  /** MIME part path when known ("2", "1.2"), as Mailpit's PartID. */
  partId: string;
  fileName: string;
  contentType: string;
  contentId: string;
  size: number;
  content: Buffer;
}

export interface CaughtMessage {
  /** Our identifier, used by the HTTP API (random, URL-safe). */
  id: string;
  /** The Message-ID header. */
  messageId: string;
  /** When the SMTP server received it. */
  created: Date;
  /** The Date header, if present and valid. */
  date: Date | undefined;
  from: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  /** Envelope recipients that appear in neither To nor Cc. */
  bcc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  text: string;
  html: string;
  /** Downloadable attachments. */
  attachments: CaughtAttachment[];
  /** Parts embedded in the HTML (multipart/related with a Content-ID). */
  inline: CaughtAttachment[];
  size: number;
  raw: Buffer;
  envelope: { from: string; to: string[] };
}

export interface Envelope {
  from: string;
  to: string[];
}

function flatten(addresses: EmailAddress[]): MailAddress[] {
  return addresses.flatMap((entry) =>
    entry.group ? flatten(entry.group) : [{ Name: entry.name ?? '', Address: entry.address ?? '' }],
  );
}

function addressList(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((object) => flatten(object.value));
}

function toAttachment(attachment: Attachment, index: number, usedIds: Set<string>): CaughtAttachment {
  // Fall back to a position when mailparser gives no part path, keeping identifiers unique within the message.
  let partId = attachment.partId ?? `piece-${index + 1}`;
  if (usedIds.has(partId)) partId = `${partId}-${index + 1}`;
  usedIds.add(partId);
  return {
    partId,
    fileName: attachment.filename ?? '',
    contentType: attachment.contentType,
    contentId: attachment.cid ?? '',
    size: attachment.content.length,
    content: attachment.content,
  };
}

export function snippet(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > SNIPPET_LENGTH ? `${collapsed.slice(0, SNIPPET_LENGTH)}…` : collapsed;
}

export function toCaughtMessage(
  parsed: ParsedMail,
  raw: Buffer,
  envelope: Envelope,
  created = new Date(),
): CaughtMessage {
  const to = addressList(parsed.to);
  const cc = addressList(parsed.cc);
  const visible = new Set([...to, ...cc].map((address) => address.Address.toLowerCase()));
  const usedIds = new Set<string>();
  const parts = parsed.attachments.map((attachment, index) => ({
    related: attachment.related === true,
    part: toAttachment(attachment, index, usedIds),
  }));
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : undefined;
  return {
    id: randomBytes(12).toString('base64url'),
    messageId: parsed.messageId ?? '',
    created,
    date,
    from: addressList(parsed.from)[0],
    to,
    cc,
    bcc: envelope.to
      .filter((address) => !visible.has(address.toLowerCase()))
      .map((address) => ({ Name: '', Address: address })),
    replyTo: addressList(parsed.replyTo),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html === false ? '' : parsed.html,
    attachments: parts.filter(({ related }) => !related).map(({ part }) => part),
    inline: parts.filter(({ related }) => related).map(({ part }) => part),
    size: raw.length,
    raw,
    envelope,
  };
}

export class MessageStore {
  // Oldest first internally (cheap append); readers get newest first.
  readonly #messages: CaughtMessage[] = [];
  readonly #limit: number;

  constructor(limit = MAX_MESSAGES) {
    this.#limit = limit;
  }

  add(message: CaughtMessage): void {
    this.#messages.push(message);
    if (this.#messages.length > this.#limit) this.#messages.splice(0, this.#messages.length - this.#limit);
  }

  /** Newest first. */
  list(): CaughtMessage[] {
    return [...this.#messages].reverse();
  }

  get size(): number {
    return this.#messages.length;
  }

  /** By id, or the newest one for "latest" (as Mailpit). */
  get(id: string): CaughtMessage | undefined {
    if (id === 'latest') return this.#messages.at(-1);
    return this.#messages.find((message) => message.id === id);
  }

  delete(ids: readonly string[]): void {
    const doomed = new Set(ids);
    const kept = this.#messages.filter((message) => !doomed.has(message.id));
    this.#messages.splice(0, this.#messages.length, ...kept);
  }

  clear(): void {
    this.#messages.length = 0;
  }
}
