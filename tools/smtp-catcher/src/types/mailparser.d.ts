// mailparser 3 ships no type declarations and @types/mailparser is not a dependency: this declares only
// simpleParser and the parts of its result the catcher reads.
declare module 'mailparser' {
  export interface EmailAddress {
    address?: string;
    name: string;
    /** Members of a group address ("Équipe: a@x, b@y;"). */
    group?: EmailAddress[];
  }

  export interface AddressObject {
    value: EmailAddress[];
    text: string;
  }

  export interface Attachment {
    filename?: string;
    contentType: string;
    contentDisposition?: string;
    size: number;
    content: Buffer;
    cid?: string;
    related?: boolean;
    /** MIME part path ("2", "1.2"), the same identifiers Mailpit uses. */
    partId?: string | null;
  }

  export interface ParsedMail {
    messageId?: string;
    date?: Date;
    subject?: string;
    from?: AddressObject;
    to?: AddressObject | AddressObject[];
    cc?: AddressObject | AddressObject[];
    replyTo?: AddressObject;
    text?: string;
    html: string | false;
    attachments: Attachment[];
  }

  export interface SimpleParserOptions {
    /** Keep cid: references in the HTML instead of replacing them with data: URIs. */
    keepCidLinks?: boolean;
  }

  export function simpleParser(
    source: Buffer | string | NodeJS.ReadableStream,
    options?: SimpleParserOptions,
  ): Promise<ParsedMail>;
}
