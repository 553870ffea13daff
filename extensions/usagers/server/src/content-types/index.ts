/**
 * The tiers: individus (adulte, enfant, contact) and profils (famille, association, entreprise…) with their members.
 * Agents search and create them (dossier creation), guide actions fill them from dossier data. Plain tables read with
 * our own SQL like the dossiers: no draft & publish, hidden from the Content Manager (personal data).
 */
const interne = { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } };

export const individu = {
  kind: 'collectionType',
  collectionName: 'usagers_individus',
  info: { singularName: 'individu', pluralName: 'individus', displayName: 'Individu' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    type: { type: 'enumeration', enum: ['adulte', 'enfant', 'contact'], required: true, default: 'adulte' },
    /** The citizen account this individu is (its holder), when it has one. */
    usagerId: { type: 'integer' },
    civilite: { type: 'string' },
    nom: { type: 'string', required: true },
    nomNaissance: { type: 'string' },
    prenom: { type: 'string' },
    dateNaissance: { type: 'date' },
    communeNaissance: { type: 'string' },
    email: { type: 'string' },
    telephone: { type: 'string' },
    adresse: { type: 'json' },
    /** Lower-case accent-free « nom prénom » for the agents' search (indexed). */
    recherche: { type: 'string' },
    /** The placeholder individu agents file dossiers for when the applicant is not known yet. */
    anonyme: { type: 'boolean', default: false },
  },
};

export const profil = {
  kind: 'collectionType',
  collectionName: 'usagers_profils',
  info: { singularName: 'profil', pluralName: 'profils', displayName: 'Profil' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    type: { type: 'enumeration', enum: ['famille', 'association', 'entreprise', 'autre'], required: true },
    nom: { type: 'string', required: true },
    siret: { type: 'string' },
    rna: { type: 'string' },
    email: { type: 'string' },
    telephone: { type: 'string' },
    adresse: { type: 'json' },
    iban: { type: 'string', private: true },
    bic: { type: 'string' },
    recherche: { type: 'string' },
  },
};

/** Who belongs to a profil: an individu (and through it, possibly a citizen account), with a role. */
export const membre = {
  kind: 'collectionType',
  collectionName: 'usagers_membres',
  info: { singularName: 'membre', pluralName: 'membres', displayName: 'Membre de profil' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    profilId: { type: 'integer', required: true },
    individuId: { type: 'integer', required: true },
    role: { type: 'string' },
  },
};

export default {
  individu: { schema: individu },
  profil: { schema: profil },
  membre: { schema: membre },
};
