// Déclarations minimales des paquets de test sans types publiés (smtp-server, mailparser), pour ce que nos tests utilisent.
declare module 'smtp-server' {
  import type { Readable } from 'node:stream';
  import type { Server } from 'node:net';

  export interface SMTPServerAddress {
    address: string;
  }
  export interface SMTPServerSession {
    envelope: { mailFrom: SMTPServerAddress | false; rcptTo: SMTPServerAddress[] };
  }
  export interface SMTPServerOptions {
    authOptional?: boolean;
    disabledCommands?: string[];
    hideSTARTTLS?: boolean;
    logger?: boolean;
    onData?(stream: Readable, session: SMTPServerSession, callback: (err?: Error | null) => void): void;
  }
  export class SMTPServer {
    constructor(options?: SMTPServerOptions);
    server: Server;
    listen(port: number, host: string, callback?: () => void): Server;
    close(callback?: () => void): void;
  }
}

declare module 'mailparser' {
  export interface AddressObject {
    value: Array<{ address?: string; name: string }>;
    text: string;
  }
  export interface Attachment {
    filename?: string;
    contentType: string;
    content: Buffer;
  }
  export interface ParsedMail {
    subject?: string;
    from?: AddressObject;
    to?: AddressObject | AddressObject[];
    text?: string;
    html: string | false;
    messageId?: string;
    attachments: Attachment[];
  }
  export function simpleParser(source: Buffer | string): Promise<ParsedMail>;
}
