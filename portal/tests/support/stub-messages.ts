/**
 * The dossier's conversation in stub-cms, as the CMS contract describes it (GET/POST
 * /api/usagers/dossiers/:numero/messages): oldest first, GET marks the agents' messages read, POST with a key already
 * used answers 200 with the same message, 409 CONVERSATION_FERMEE / DOSSIER_NON_DEPOSE, 422 per field on `corps`.
 * The state is exported so that tests set up conversations and read what was stored.
 */
import type { IncomingMessage } from 'node:http';
import type { DossierDetail, ErreurApi } from '../../src/lib/contrat';

export interface MessageStub {
  id: number;
  auteur: 'usager' | 'agent';
  auteurNom: string;
  corps: string;
  envoyeLe: string;
  luLe: string | null;
}

export interface ConversationStub {
  ouverte: boolean;
  messages: MessageStub[];
}

/** By dossier numero; a deposited dossier without an entry has an open, empty conversation. */
export const conversations = new Map<string, ConversationStub>();
const rejeux = new Map<string, { numero: string; reponse: unknown }>();
let prochainId = 1000;

function erreur(status: number, name: string, message: string, details: ErreurApi['error']['details'] = {}): ErreurApi {
  return { data: null, error: { status, name, message, details } };
}

function conversationDe(numero: string): ConversationStub {
  let conversation = conversations.get(numero);
  if (!conversation) {
    conversation = { ouverte: true, messages: [] };
    conversations.set(numero, conversation);
  }
  return conversation;
}

export interface RequeteMessages {
  methode: string;
  chemin: string;
  entetes: IncomingMessage['headers'];
  corps: Buffer;
  dossiers: Map<string, DossierDetail>;
}

/** Answers the request when it is about messages (returns true), else leaves it to stub-cms. */
export function repondreMessages(r: RequeteMessages, envoyer: (status: number, corps: unknown) => void): boolean {
  const m = /^\/api\/usagers\/dossiers\/([^/]+)\/messages$/.exec(r.chemin);
  if (!m) return false;
  const numero = decodeURIComponent(m[1] ?? '');
  const dossier = r.dossiers.get(numero);
  if (!dossier) {
    envoyer(404, erreur(404, 'NotFoundError', 'Not Found'));
    return true;
  }
  if (r.methode !== 'GET' && r.methode !== 'POST') {
    envoyer(405, erreur(405, 'MethodNotAllowedError', 'Method Not Allowed'));
    return true;
  }
  if (dossier.etat === 'brouillon') {
    const message = 'Ce dossier n’est pas encore déposé.';
    envoyer(409, erreur(409, 'ConflictError', message, { code: 'DOSSIER_NON_DEPOSE' }));
    return true;
  }
  const conversation = conversationDe(numero);
  if (r.methode === 'GET') {
    const maintenant = new Date().toISOString();
    for (const message of conversation.messages) if (message.auteur === 'agent') message.luLe ??= maintenant;
    envoyer(200, { data: conversation.messages, meta: { conversationOuverte: conversation.ouverte } });
    return true;
  }
  const cle = r.entetes['idempotency-key'];
  if (typeof cle !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(cle)) {
    envoyer(400, erreur(400, 'ValidationError', 'En-tête Idempotency-Key invalide.'));
    return true;
  }
  const rejeu = rejeux.get(cle);
  // Like the CMS: a retry with the key finds the message (200 instead of 201).
  if (rejeu && rejeu.numero === numero) {
    envoyer(200, rejeu.reponse);
    return true;
  }
  if (!conversation.ouverte) {
    const message = 'La conversation est fermée.';
    envoyer(409, erreur(409, 'ConflictError', message, { code: 'CONVERSATION_FERMEE' }));
    return true;
  }
  let corps: unknown;
  try {
    corps = (JSON.parse(r.corps.toString('utf8')) as { corps?: unknown }).corps;
  } catch {
    corps = undefined;
  }
  if (typeof corps !== 'string' || corps.trim() === '' || Array.from(corps).length > 5000) {
    const message = 'Le message doit compter de 1 à 5 000 caractères.';
    envoyer(422, erreur(422, 'ValidationError', message, { erreurs: [{ champ: 'corps', code: 'LONGUEUR', message }] }));
    return true;
  }
  const message: MessageStub = {
    id: prochainId++,
    auteur: 'usager',
    auteurNom: 'Camille Martin',
    corps,
    envoyeLe: new Date().toISOString(),
    luLe: null,
  };
  conversation.messages.push(message);
  const reponse = { data: message };
  rejeux.set(cle, { numero, reponse });
  envoyer(201, reponse);
  return true;
}
