/**
 * Content types of the formulaires plugin. No draft & publish (the plugin has its own: a working copy on the model,
 * immutable numbered versions), hidden from the content-type builder AND the Content Manager: these rows are only
 * written through the admin API, which validates every model, compares revisions and never edits a version.
 * Cross-table references are plain integer columns; unique indexes are created in bootstrap (repositories/index-sql).
 */
const interne = { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } };

export const modele = {
  kind: 'collectionType',
  collectionName: 'formulaires_modeles',
  info: { singularName: 'modele', pluralName: 'modeles', displayName: 'Modèle de dossier' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    titre: { type: 'string', required: true },
    /** The working copy (brouillon), always a valid model. */
    contenu: { type: 'json', required: true },
    /** Compare-and-set counter: every save sends the revision it read. */
    revision: { type: 'integer', required: true, default: 1 },
    /** SHA-256 of the canonical JSON of `contenu`, so `modifie` is a comparison of two columns. */
    empreinte: { type: 'string', required: true, private: true },
    /** SHA-256 of the canonical JSON of the last published content. */
    empreintePubliee: { type: 'string', private: true },
    versionPubliee: { type: 'integer' },
  },
};

export const versionModele = {
  kind: 'collectionType',
  collectionName: 'formulaires_versions',
  info: { singularName: 'version-modele', pluralName: 'versions-modele', displayName: 'Version de modèle' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    modeleId: { type: 'integer', required: true },
    numero: { type: 'integer', required: true },
    contenu: { type: 'json', required: true },
    empreinte: { type: 'string', required: true },
    publieLe: { type: 'datetime', required: true },
    publiePar: { type: 'string' },
  },
};

export const champReferentiel = {
  kind: 'collectionType',
  collectionName: 'formulaires_referentiel_champs',
  info: { singularName: 'champ-referentiel', pluralName: 'champs-referentiel', displayName: 'Référentiel des champs' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    /** = champ.code */
    code: { type: 'string', required: true, unique: true },
    categorie: { type: 'string', required: true },
    section: { type: 'string', required: true },
    /** Copied from the field, for display and ordering. */
    libelle: { type: 'text', required: true },
    /** Code, libellé and aide, lower case without accents: what `q` is matched against. */
    recherche: { type: 'text', required: true, private: true },
    champ: { type: 'json', required: true },
  },
};

export const referentiel = {
  kind: 'collectionType',
  collectionName: 'formulaires_referentiels',
  info: { singularName: 'referentiel', pluralName: 'referentiels', displayName: 'Liste (référentiel)' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    titre: { type: 'string', required: true },
    options: { type: 'json', required: true },
  },
};
