/**
 * Justificatifs asked for after deposit by a statut's `demander_justificatif` action (issue 4). One row per request;
 * the citizen answers it with a file (a pièce of the dossier), or an agent cancels it. Internal: read and written
 * through repositories/demandes.ts only, never the Content Manager.
 */
export const TABLE_DEMANDES = 'instruction_demandes_justificatifs';
export const UID_DEMANDE = 'plugin::instruction.demande-justificatif';
export const ETATS_DEMANDE = ['en_attente', 'fournie', 'annulee'] as const;

export const demandeJustificatif = {
  kind: 'collectionType',
  collectionName: TABLE_DEMANDES,
  info: {
    singularName: 'demande-justificatif',
    pluralName: 'demandes-justificatifs',
    displayName: 'Demande de justificatif',
  },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  attributes: {
    dossierId: { type: 'integer', required: true },
    typeDocument: { type: 'string', required: true },
    message: { type: 'text', required: true },
    etat: { type: 'enumeration', enum: [...ETATS_DEMANDE], required: true, default: 'en_attente' },
    /** The outbox row that asked: a replayed row finds its request and creates none (unique index, index-sql.ts). */
    cleOutbox: { type: 'string', required: true, unique: true },
    demandeLe: { type: 'datetime', required: true },
    fournieLe: { type: 'datetime' },
    /** The pièce the citizen sent in answer (instruction_pieces.id). */
    pieceId: { type: 'integer' },
    annuleeLe: { type: 'datetime' },
  },
};
