import { startSmtpCatcher } from '../../../tools/smtp-catcher/src/catcher';

export interface MessageResume {
  ID: string;
  Subject: string;
  To: Array<{ Address: string }>;
  Attachments: number;
}

/** A real SMTP server for the test (the project's catcher), read through its Mailpit-compatible HTTP API. */
export async function demarrerBoiteMail() {
  const catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(catcher.smtpPort);
  process.env.SMTP_IGNORE_TLS = 'true';
  return {
    async messages(): Promise<MessageResume[]> {
      const r = await fetch(`${catcher.httpUrl}/api/v1/messages`);
      return ((await r.json()) as { messages: MessageResume[] }).messages;
    },
    async attendre(predicat: (m: MessageResume[]) => boolean, delaiMs = 30_000): Promise<MessageResume[]> {
      const fin = Date.now() + delaiMs;
      for (;;) {
        const liste = await this.messages();
        if (predicat(liste)) return liste;
        if (Date.now() > fin) throw new Error(`Courriels attendus non reçus (${liste.length} reçus)`);
        await new Promise((ok) => setTimeout(ok, 200));
      }
    },
    fermer: () => catcher.close(),
  };
}
