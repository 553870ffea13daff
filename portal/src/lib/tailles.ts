/** Size limits of what citizens send (no imports: astro.config.mjs reads this file too). */

/** The portal's own limit per file; a justificatif may have a smaller one in its model. */
export const TAILLE_MAX_FICHIER = 10 * 1024 * 1024;

/** The non-file parts of the dossier form: names and values together, and how many parts (files included). */
export const LIMITES_FORMULAIRE = { octetsTexte: 1024 * 1024, parties: 1000 };

/**
 * A whole request body (the Node adapter cuts anything longer): the dossier form with several justificatifs chosen
 * at once. Each file is limited while it streams; this bounds what is read, never what is held in memory.
 */
export const TAILLE_MAX_CORPS = 64 * 1024 * 1024;
