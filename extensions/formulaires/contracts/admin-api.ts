/**
 * Contract between the model builder (admin React pages) and the formulaires plugin's admin API.
 * Types only. Every route is under `/formulaires` (admin routes: the admin's `useFetchClient` adds the JWT), requires
 * the RBAC action `plugin::formulaires.modeles.configurer`, and answers errors with the Strapi shape
 * `{ error: { status, name, message, details: { code, problemes?: string[] } } }` — `problemes` are French sentences.
 *
 * Concurrency: a model carries a `revision`; every write sends the revision it was based on and gets 409
 * (details.code = 'REVISION_PERIMEE') when someone else saved in between.
 */
import type { Champ, Disposition, Modele, OptionListe, Vue } from '../domain/modele';

export interface ModeleResume {
  id: number;
  code: string;
  titre: string;
  /** Number of the latest published version, null when never published. */
  versionPubliee: number | null;
  /** The draft differs from the latest published version. */
  modifie: boolean;
  modifieLe: string;
}
/** GET /formulaires/modeles → { data: ModeleResume[] } */

export interface VersionResume {
  numero: number;
  publieLe: string;
  publiePar: string | null;
}

export interface ModeleDetail extends ModeleResume {
  /** The working copy (brouillon) being edited. */
  contenu: Modele;
  revision: number;
  versions: VersionResume[];
  /** Dispositifs using this model (titles), so the administrator knows what publishing affects. */
  dispositifs: string[];
}
/** GET /formulaires/modeles/:id → { data: ModeleDetail } */

/** POST /formulaires/modeles { code, titre, contenu? } → 201 { data: ModeleDetail }; 409 code taken; 422 problemes */
export interface CreationModele {
  code: string;
  titre: string;
  contenu?: Modele;
}

/**
 * PUT /formulaires/modeles/:id { revision, titre?, contenu } → 200 { data: ModeleDetail }; 422; 409.
 * The whole draft in one validation and one write: renaming or removing a field placed in views is one save.
 */
export interface EnregistrementContenu {
  revision: number;
  titre?: string;
  contenu: Modele;
}

/** PUT /formulaires/modeles/:id/champs { revision, champs, titre? } → 200 { data: ModeleDetail }; 422; 409 */
export interface EnregistrementChamps {
  revision: number;
  titre?: string;
  champs: Champ[];
}

/**
 * PUT /formulaires/modeles/:id/vues/:vue { revision, disposition } → 200 { data: ModeleDetail }; 422; 409.
 * Each view is saved separately. `disposition: null` removes the agent/partner view (it falls back to the citizen's).
 * Copying a view is a client-side copy followed by this PUT.
 */
export interface EnregistrementVue {
  revision: number;
  disposition: Disposition | null;
}
export type { Vue };

/** POST /formulaires/modeles/:id/publier { revision } → 201 { data: VersionResume }; 422 when the draft is invalid */
export interface Publication {
  revision: number;
}

/** GET /formulaires/modeles/:id/versions/:numero → { data: { numero, publieLe, contenu: Modele } } */

export type { Changement, NatureChangement } from '../domain/difference';
/** GET /formulaires/modeles/:id/difference?de=1&a=2 (a = 'brouillon' for the working copy) → { data: Changement[] } */

/**
 * GET /formulaires/modeles/:id/export → the export document (application/json, attachment), see ExportModele.
 * POST /formulaires/import { document } → 201 { data: ModeleDetail } (creates the model, or a new draft revision of the
 * model with the same code), 422 { details.problemes } and nothing changed when the document is invalid.
 * The JSON Schema is published at GET /formulaires/schema (also committed in docs/schemas/modele-export.schema.json).
 */

/** Référentiel des champs: reusable field definitions. */
export interface EntreeReferentielChamps {
  id: number;
  /** Groups entries in the builder's filter (e.g. « Identité », « Entreprise »). */
  categorie: string;
  /** The section the field usually goes in (e.g. « Demandeur »). */
  section: string;
  champ: Champ;
}
/**
 * GET /formulaires/referentiel-champs?q=&categorie= → { data: EntreeReferentielChamps[] } (search on code, libellé, aide)
 * POST /formulaires/referentiel-champs { categorie, section, champ } → 201; 409 code taken; 422
 * PUT /formulaires/referentiel-champs/:id { categorie, section, champ } → 200
 * DELETE /formulaires/referentiel-champs/:id → 204
 */

/** Administrator-managed lists used by « liste déroulante sur référentiel » fields. */
export interface ListeReferentiel {
  id: number;
  code: string;
  titre: string;
  options: OptionListe[];
}
/**
 * GET /formulaires/referentiels → { data: ListeReferentiel[] }
 * POST /formulaires/referentiels { code, titre, options } → 201; PUT /formulaires/referentiels/:id { titre, options } → 200
 */
