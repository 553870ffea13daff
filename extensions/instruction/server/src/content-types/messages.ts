/**
 * The conversation of a dossier: text messages between the citizen (or a member of the profil who filed) and the
 * agents instructing it. One row per message; high volume (about 3 per dossier), so a plain table read and written
 * through repositories/messages.ts only, never the Content Manager (DESIGN.md, high-volume data).
 */
export const TABLE_MESSAGES = 'instruction_messages';
export const UID_MESSAGE = 'plugin::instruction.message';
export const AUTEURS_MESSAGE = ['usager', 'agent'] as const;

export const message = {
  kind: 'collectionType',
  collectionName: TABLE_MESSAGES,
  info: { singularName: 'message', pluralName: 'messages', displayName: 'Message' },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  attributes: {
    dossierId: { type: 'integer', required: true },
    auteur: { type: 'enumeration', enum: [...AUTEURS_MESSAGE], required: true },
    /** users-permissions user id for a citizen, admin user id for an agent. */
    auteurId: { type: 'integer', required: true },
    /** The name shown to the other side, frozen when the message is sent. */
    auteurNom: { type: 'string', required: true },
    corps: { type: 'text', required: true },
    envoyeLe: { type: 'datetime', required: true },
    /** When the other side first read it (the citizen for an agent's message, any agent for a citizen's). */
    luLe: { type: 'datetime' },
    /** Idempotency: a retried send with the same key finds its message and creates none (unique index). */
    cle: { type: 'string', unique: true },
  },
};
