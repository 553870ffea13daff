/**
 * Executors of the `creer_individu` and `creer_profil` actions (dossier data → individu / profil of the tiers).
 * Placeholder until they are written: the outbox row fails visibly.
 */
export const executeursTiers = {};
