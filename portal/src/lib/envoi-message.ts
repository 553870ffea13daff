/**
 * POST of the message form (urlencoded: the middleware has already read it and checked its CSRF token). Counts the
 * send against the rate limit, checks the key and the text like the CMS would (so that an empty or too long message
 * costs no call), then sends with the Idempotency-Key rendered in the page. A refusal is a result the page shows
 * (error summary, message under the textarea, or the conversation's closed state); other CMS errors are thrown for
 * reponseErreurCms (404 out of scope, 401, CMS unreachable).
 */
import { fr } from '../i18n/fr';
import { ErreurCms } from './cms';
import type { Decision } from './limite';
import { FORMAT_CLE_IDEMPOTENCE, LONGUEUR_MAX_MESSAGE, type Message, type MessagerieCms } from './messagerie';

/** Names of the form's fields (the CSRF token is CHAMP_CSRF). */
export const CHAMPS_MESSAGE = { corps: 'corps', cle: '_idempotence' } as const;

/** Ids tying the textarea to its label, hint, error and the error summary's link. */
export const IDS_MESSAGE = { corps: 'message-corps', aide: 'message-corps-aide', erreur: 'message-corps-erreur' };

export interface EnvoiMessage {
  formulaire: URLSearchParams | undefined;
  jwt: string;
  numero: string;
  messagerie: MessagerieCms;
  /** Counts one send against the portal's rate limit. */
  limiterEnvoi: () => Decision;
}

export interface ErreurEnvoi {
  message: string;
  /** True when the error is about the text (linked from the summary, shown under the textarea). */
  surCorps: boolean;
}

export type ResultatEnvoi =
  | { issue: 'envoye'; message: Message }
  | {
      issue: 'refus';
      statut: 400 | 409 | 413 | 422 | 429;
      /** What the citizen typed, shown again in the textarea. */
      saisie: string;
      erreurs: ErreurEnvoi[];
      /** Set when the conversation cannot take messages (the page then shows no form). */
      conversation?: 'fermee' | 'non-deposee';
      reessayerDansS?: number;
    };

/**
 * Browsers send a textarea's line breaks as CRLF: one line break counts one character, as the citizen sees it and as
 * the CMS stores it. Leading and trailing blank space is not part of the message.
 */
export function normaliserCorps(brut: string): string {
  return brut.replace(/\r\n?/g, '\n').trim();
}

/**
 * The portal's own check of the text, never stricter than the CMS's: counted in characters as a reader sees them
 * (code points, an emoji counts for one), like the domain's validerCorps.
 */
export function erreurCorps(corps: string): string | null {
  if (corps === '') return fr.messages.vide;
  const longueur = Array.from(corps).length;
  if (longueur > LONGUEUR_MAX_MESSAGE) return fr.messages.tropLong(longueur);
  return null;
}

export async function traiterEnvoiMessage(e: EnvoiMessage): Promise<ResultatEnvoi> {
  const saisie = (e.formulaire?.get(CHAMPS_MESSAGE.corps) ?? '').replace(/\r\n?/g, '\n');
  const refus = (statut: 400 | 409 | 413 | 422 | 429, erreurs: ErreurEnvoi[]) =>
    ({ issue: 'refus', statut, saisie, erreurs }) as const;
  const decision = e.limiterEnvoi();
  if (!decision.autorise) {
    return {
      ...refus(429, [{ message: fr.messages.tropDEnvois(decision.reessayerDansS), surCorps: false }]),
      reessayerDansS: decision.reessayerDansS,
    };
  }
  const cle = e.formulaire?.get(CHAMPS_MESSAGE.cle) ?? '';
  // Only a form that was not rendered by this page lacks a valid key: send it again from the page.
  if (!FORMAT_CLE_IDEMPOTENCE.test(cle)) return refus(400, [{ message: fr.messages.envoiInvalide, surCorps: false }]);
  const corps = normaliserCorps(saisie);
  const local = erreurCorps(corps);
  if (local) return refus(422, [{ message: local, surCorps: true }]);
  try {
    return { issue: 'envoye', message: await e.messagerie.envoyer(e.jwt, e.numero, corps, cle) };
  } catch (erreur) {
    if (!(erreur instanceof ErreurCms)) throw erreur;
    if (erreur.status === 409 && erreur.code === 'CONVERSATION_FERMEE')
      return { ...refus(409, [{ message: fr.messages.fermee, surCorps: false }]), conversation: 'fermee' };
    if (erreur.status === 409 && erreur.code === 'DOSSIER_NON_DEPOSE')
      return { ...refus(409, [{ message: fr.messages.nonDepose, surCorps: false }]), conversation: 'non-deposee' };
    if (erreur.status === 409) return refus(409, [{ message: fr.messages.envoiInvalide, surCorps: false }]);
    if (erreur.status === 413)
      return refus(413, [{ message: fr.messages.tropLong(Array.from(corps).length), surCorps: true }]);
    if (erreur.status === 429) return refus(429, [{ message: fr.messages.tropDEnvois(60), surCorps: false }]);
    // 400: the key or the body's shape, which the citizen did not choose.
    if (erreur.status === 400) return refus(400, [{ message: fr.messages.envoiInvalide, surCorps: false }]);
    if (erreur.status === 422) {
      const erreurs = erreur.erreurs.map((x) => ({ message: x.message, surCorps: x.champ === CHAMPS_MESSAGE.corps }));
      return refus(422, erreurs.length > 0 ? erreurs : [{ message: fr.messages.refuse, surCorps: true }]);
    }
    throw erreur;
  }
}
