// smtp-server 3 ships no type declarations and @types/smtp-server is not a dependency: this declares only the
// subset the catcher uses, so the rest of the code stays strictly typed.
declare module 'smtp-server' {
  import type { EventEmitter } from 'node:events';
  import type { Server } from 'node:net';
  import type { Readable } from 'node:stream';

  export interface SMTPServerAddress {
    address: string;
    args: Record<string, string | boolean>;
  }

  export interface SMTPServerSession {
    id: string;
    remoteAddress: string;
    envelope: {
      mailFrom: SMTPServerAddress | false;
      rcptTo: SMTPServerAddress[];
    };
    user?: unknown;
  }

  export interface SMTPServerAuthentication {
    method: string;
    username?: string;
    password?: string;
  }

  export interface SMTPServerAuthenticationResponse {
    user?: unknown;
  }

  export interface SMTPServerDataStream extends Readable {
    /** Set once the message is larger than the `size` option. */
    sizeExceeded: boolean;
    byteLength: number;
  }

  export interface SMTPError extends Error {
    responseCode?: number;
  }

  export interface SMTPServerOptions {
    secure?: boolean;
    name?: string;
    banner?: string;
    size?: number;
    authOptional?: boolean;
    allowInsecureAuth?: boolean;
    disabledCommands?: string[];
    hideSTARTTLS?: boolean;
    logger?: boolean;
    /** Milliseconds close() waits for open connections before cutting them (default 30 000). */
    closeTimeout?: number;
    onAuth?(
      auth: SMTPServerAuthentication,
      session: SMTPServerSession,
      callback: (error: Error | null | undefined, response?: SMTPServerAuthenticationResponse) => void,
    ): void;
    onData?(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      callback: (error?: SMTPError | null, message?: string) => void,
    ): void;
  }

  export class SMTPServer extends EventEmitter {
    constructor(options?: SMTPServerOptions);
    readonly server: Server;
    listen(port: number, host: string, callback?: () => void): Server;
    close(callback?: () => void): void;
  }
}
