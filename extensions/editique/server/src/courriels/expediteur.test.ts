import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { creerExpediteur } from './expediteur';

interface Recu {
  enveloppe: { de: string | false; a: string[] };
  message: ParsedMail;
}

/** Un vrai serveur SMTP en mémoire, sur un port libre de 127.0.0.1. */
async function demarrerServeurSmtp(): Promise<{ port: number; recus: Recu[]; arreter(): Promise<void> }> {
  const recus: Recu[] = [];
  const serveur = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(flux, session, fin) {
      const morceaux: Buffer[] = [];
      flux.on('data', (m: Buffer) => morceaux.push(m));
      flux.on('end', () => {
        simpleParser(Buffer.concat(morceaux))
          .then((message) => {
            recus.push({
              enveloppe: {
                de: session.envelope.mailFrom && session.envelope.mailFrom.address,
                a: session.envelope.rcptTo.map((r) => r.address),
              },
              message,
            });
            fin();
          })
          .catch(fin);
      });
    },
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const port = (serveur.server.address() as AddressInfo).port;
  return { port, recus, arreter: () => new Promise<void>((resolve) => serveur.close(resolve)) };
}

describe('creerExpediteur (SMTP réel)', () => {
  let smtp: Awaited<ReturnType<typeof demarrerServeurSmtp>>;
  beforeAll(async () => {
    smtp = await demarrerServeurSmtp();
  });
  afterAll(async () => {
    await smtp.arreter();
  });

  test('envoie sujet, corps texte et HTML, destinataires et pièce jointe intacte', async () => {
    const expediteur = creerExpediteur({
      host: '127.0.0.1',
      port: smtp.port,
      from: 'Guichet <ne-pas-repondre@guichet.localhost>',
      ignoreTLS: true,
    });
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.6\n'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)),
    ]);
    const { messageId } = await expediteur.envoyer({
      a: ['camille.durand@exemple.fr', 'dominique.martin@exemple.fr'],
      sujet: 'Votre dossier AIDE-2026-000123 : Déposé',
      texte: 'Bonjour Camille,\n\nVotre dossier est déposé.',
      html: '<p>Bonjour Camille,</p>\n<p>Votre dossier est déposé.</p>',
      piecesJointes: [{ nom: 'accusé de réception.pdf', contenu: pdf, type: 'application/pdf' }],
    });
    expediteur.fermer();

    expect(messageId).toMatch(/^<.+@.+>$/);
    expect(smtp.recus).toHaveLength(1);
    const { enveloppe, message } = smtp.recus[0] as Recu;
    expect(enveloppe.de).toBe('ne-pas-repondre@guichet.localhost');
    expect(enveloppe.a).toEqual(['camille.durand@exemple.fr', 'dominique.martin@exemple.fr']);
    expect(message.messageId).toBe(messageId);
    expect(message.subject).toBe('Votre dossier AIDE-2026-000123 : Déposé');
    expect(message.from?.value).toEqual([{ address: 'ne-pas-repondre@guichet.localhost', name: 'Guichet' }]);
    const a = Array.isArray(message.to) ? message.to.flatMap((t) => t.value) : (message.to?.value ?? []);
    expect(a.map((d) => d.address)).toEqual(['camille.durand@exemple.fr', 'dominique.martin@exemple.fr']);
    expect(message.text?.trim()).toBe('Bonjour Camille,\n\nVotre dossier est déposé.');
    expect(message.html).toContain('<p>Votre dossier est déposé.</p>');
    expect(message.attachments).toHaveLength(1);
    const pj = message.attachments[0];
    expect(pj?.filename).toBe('accusé de réception.pdf');
    expect(pj?.contentType).toBe('application/pdf');
    expect(pj?.content.equals(pdf)).toBe(true);
  });

  test('sans destinataire ou avec une adresse piégée : COURRIEL_INVALIDE, rien n’est envoyé', async () => {
    const avant = smtp.recus.length;
    const expediteur = creerExpediteur({
      host: '127.0.0.1',
      port: smtp.port,
      from: 'g@guichet.localhost',
      ignoreTLS: true,
    });
    const message = { sujet: 's', texte: 't', html: '<p>t</p>' };
    await expect(expediteur.envoyer({ ...message, a: [] })).rejects.toMatchObject({ code: 'COURRIEL_INVALIDE' });
    await expect(expediteur.envoyer({ ...message, a: ['  '] })).rejects.toMatchObject({ code: 'COURRIEL_INVALIDE' });
    await expect(expediteur.envoyer({ ...message, a: ['a@exemple.fr, b@exemple.fr'] })).rejects.toMatchObject({
      code: 'COURRIEL_INVALIDE',
    });
    await expect(expediteur.envoyer({ ...message, a: ['a@exemple.fr\r\nBcc: b@exemple.fr'] })).rejects.toMatchObject({
      code: 'COURRIEL_INVALIDE',
    });
    expediteur.fermer();
    expect(smtp.recus.length).toBe(avant);
  });

  test('serveur injoignable : COURRIEL_ECHEC', async () => {
    const ferme = await demarrerServeurSmtp();
    const port = ferme.port;
    await ferme.arreter();
    const expediteur = creerExpediteur({ host: '127.0.0.1', port, from: 'g@guichet.localhost', ignoreTLS: true });
    await expect(expediteur.envoyer({ a: ['x@exemple.fr'], sujet: 's', texte: 't', html: 't' })).rejects.toMatchObject({
      code: 'COURRIEL_ECHEC',
    });
    expediteur.fermer();
  });
});
