import nodemailer from 'nodemailer';
import { ErreurEditique } from '../erreurs';

export interface OptionsExpediteur {
  host: string;
  port: number;
  /** Expéditeur affiché, ex. « Guichet <ne-pas-repondre@guichet.localhost> ». */
  from: string;
  /** TLS dès la connexion (port 465). Sinon STARTTLS si le serveur le propose. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /**
   * Ne pas tenter STARTTLS (capteur local en clair). Défaut : vrai sur le port 1025 (mailpit, capteur du dépôt)
   * ou si SMTP_IGNORE_TLS=true.
   */
  ignoreTLS?: boolean;
}

export interface PieceJointe {
  nom: string;
  contenu: Buffer;
  /** Type MIME, ex. `application/pdf`. */
  type: string;
}

export interface MessageSortant {
  a: string[];
  sujet: string;
  texte: string;
  html: string;
  piecesJointes?: PieceJointe[];
}

export interface Expediteur {
  envoyer(message: MessageSortant): Promise<{ messageId: string }>;
  fermer(): void;
}

export function creerExpediteur(options: OptionsExpediteur): Expediteur {
  const secure = options.secure ?? false;
  const ignoreTLS = options.ignoreTLS ?? (!secure && (options.port === 1025 || process.env.SMTP_IGNORE_TLS === 'true'));
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure,
    ignoreTLS,
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
    // Des délais courts : un serveur SMTP muet ne doit pas bloquer un job pendant les 2 minutes par défaut.
    connectionTimeout: 10000,
    greetingTimeout: 10000,
    socketTimeout: 30000,
  });

  return {
    async envoyer(message) {
      const destinataires = message.a.map((a) => a.trim()).filter((a) => a !== '');
      if (destinataires.length === 0) {
        throw new ErreurEditique('COURRIEL_INVALIDE', 'Courriel sans destinataire');
      }
      if (destinataires.some((a) => /[\r\n,;<>]/.test(a))) {
        throw new ErreurEditique('COURRIEL_INVALIDE', 'Adresse de destinataire invalide');
      }
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: destinataires,
          subject: message.sujet,
          text: message.texte,
          html: message.html,
          attachments: (message.piecesJointes ?? []).map((p) => ({
            filename: p.nom,
            content: p.contenu,
            contentType: p.type,
          })),
        });
        return { messageId: info.messageId };
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        throw new ErreurEditique('COURRIEL_ECHEC', `Envoi du courriel impossible : ${detail}`, { cause: e });
      }
    },
    fermer() {
      transport.close();
    },
  };
}
