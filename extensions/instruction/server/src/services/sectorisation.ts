import type { Core } from '@strapi/strapi';

/**
 * Sectorisation: commune or postal code → territoire (and secteur). Contract used by the `affecter` action and by
 * automatic assignment:
 *   sectoriserDossier(db, dossier: DossierLigne) → Promise<{ territoireId: number; secteurId: number | null } | null>
 * (reads the dossier's address field; null when it cannot decide). It never writes: callers do.
 */
export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({});
