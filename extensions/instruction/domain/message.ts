/**
 * The conversation of a dossier: what a message may say, which idempotency keys a sender may use, when a message may
 * be sent, and how an agent is named to the citizen. Pure: the adapter reads the request and the dossier, and turns
 * the refusals into HTTP answers (422 per field, 400, 409).
 */
import { err, ok, type Result } from './result';

/** Long enough for a detailed answer, short enough to stay a message (a letter goes through the documents). */
export const CORPS_MESSAGE_MAX = 5000;
/** Messages a conversation shows at most: the 200 latest, about 70 times the average conversation (3 messages). */
export const MESSAGES_AFFICHES_MAX = 200;

export type CodeErreurMessage = 'CORPS_VIDE' | 'CORPS_TROP_LONG' | 'CLE_INVALIDE' | 'CONVERSATION_FERMEE';

export interface ErreurMessage {
  code: CodeErreurMessage;
  message: string;
}

export const MESSAGES_ERREUR_MESSAGE: Record<CodeErreurMessage, string> = {
  CORPS_VIDE: 'Écrivez votre message avant de l’envoyer.',
  CORPS_TROP_LONG: 'Votre message dépasse 5\u00A0000 caractères : raccourcissez-le.',
  CLE_INVALIDE: 'L’en-tête Idempotency-Key doit compter 8 à 100 caractères parmi A-Z, a-z, 0-9, « _ » et « - ».',
  CONVERSATION_FERMEE: 'La conversation sur ce dossier est fermée.',
};

const erreur = (code: CodeErreurMessage): ErreurMessage => ({ code, message: MESSAGES_ERREUR_MESSAGE[code] });

/**
 * The text as stored: trimmed at both ends (a message of blanks is empty), line breaks kept. Counted in characters as
 * a reader sees them (code points), so that an emoji counts for one.
 */
export function validerCorps(corps: string): Result<string, ErreurMessage> {
  const texte = corps.replace(/\r\n?/g, '\n').trim();
  if (texte.length === 0) return err(erreur('CORPS_VIDE'));
  if (Array.from(texte).length > CORPS_MESSAGE_MAX) return err(erreur('CORPS_TROP_LONG'));
  return ok(texte);
}

const FORME_CLE = /^[A-Za-z0-9_-]{8,100}$/;

/** An absent key is allowed (no retry protection); a present one must have the documented form. */
export function validerCle(cle: string | undefined): Result<string | null, ErreurMessage> {
  if (cle === undefined) return ok(null);
  return FORME_CLE.test(cle) ? ok(cle) : err(erreur('CLE_INVALIDE'));
}

/**
 * The stored key, scoped to one sender on one dossier: the same key sent by someone else, or on another dossier, is
 * another message (keys are chosen by clients, which must not be able to reach another sender's message).
 */
export function cleStockee(dossierId: number, auteur: 'usager' | 'agent', auteurId: number, cle: string): string {
  return `${dossierId}:${auteur}:${auteurId}:${cle}`;
}

/** Both sides obey the same rule: an agent who wants to write in a closed conversation reopens it first. */
export function peutEcrire(conversationOuverte: boolean): Result<true, ErreurMessage> {
  return conversationOuverte ? ok(true) : err(erreur('CONVERSATION_FERMEE'));
}

/** The citizen sees a service, not a person's full identity: « Claire D. », never the agent's e-mail. */
export const NOM_AGENT_PAR_DEFAUT = 'Service instructeur';
/** An agent sees the citizen's first and last names; a citizen account may have neither. */
export const NOM_USAGER_PAR_DEFAUT = 'Usager';

const propre = (texte: string | null | undefined): string => (texte ?? '').replace(/\s+/g, ' ').trim();

export function nomAgentAffiche(prenom: string | null | undefined, nom: string | null | undefined): string {
  const p = propre(prenom);
  if (p.length === 0) return NOM_AGENT_PAR_DEFAUT;
  const initiale = Array.from(propre(nom))[0];
  return initiale ? `${p} ${initiale.toLocaleUpperCase('fr-FR')}.` : p;
}

export function nomUsagerAffiche(prenom: string | null | undefined, nom: string | null | undefined): string {
  const complet = [propre(prenom), propre(nom)].filter(Boolean).join(' ');
  return complet.length > 0 ? complet : NOM_USAGER_PAR_DEFAUT;
}
