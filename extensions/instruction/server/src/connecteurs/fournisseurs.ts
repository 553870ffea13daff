/**
 * The providers behind connector fields, as one table: where to call, with what, and the flat whitelist of scalars
 * kept from each answer (see services/connecteurs.ts for the data protection rules).
 */
import type { Champ, DonneesConnecteur, ServiceApiParticulier } from '@guichet/formulaires';
import { z } from 'zod';

export interface Identite {
  nom: string;
  prenom: string;
}

export interface Contexte {
  /** Today in France, ISO (is an enrolment still running?). */
  aujourdhui: string;
}

/** One provider operation: where to call, with what, and what to keep from its answer. */
export interface Operation<S extends z.ZodType> {
  /** Named in the citizen's messages: « Le service {libelle} ne répond pas. » */
  libelle: string;
  /** What the citizen can do instead, lowercase, after « Réessayez plus tard ou ». */
  repli: string;
  chemin: string;
  parametres(identite: Identite): Array<[string, string]>;
  reponse: S;
  extraire(reponse: z.infer<S>, contexte: Contexte): DonneesConnecteur;
}

const operation = <S extends z.ZodType>(o: Operation<S>): Operation<S> => o;

const texte = (max = 200) => z.string().trim().max(max);
const dateIso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const prenoms = (identite: Identite) =>
  identite.prenom
    .split(/\s+/)
    .filter(Boolean)
    .map((p): [string, string] => ['prenoms[]', p]);

/**
 * API Particulier v2 (header X-Api-Key), paths and parameters as in its documentation and its staging data
 * (github.com/etalab/siade_staging_data, payloads/api_particulier_v2_*). The whole mapping is this table.
 */
export const API_PARTICULIER: Record<ServiceApiParticulier, Operation<z.ZodType>> = {
  // Real parameters: nomNaissance, prenoms[], sexe, anneeDateDeNaissance, moisDateDeNaissance, jourDateDeNaissance,
  // codeInseeLieuDeNaissance, codePaysLieuDeNaissance (or FranceConnect). Answer: regime, allocataires[], enfants[],
  // adresse, quotientFamilial, annee, mois. Kept: the quotient, its month, the régime and the household's counts.
  quotient_familial: operation({
    libelle: '« Quotient familial CAF et MSA »',
    repli: 'saisissez votre quotient familial et joignez votre attestation de la CAF ou de la MSA',
    chemin: '/api/v2/composition-familiale-v2',
    parametres: (identite) => [['nomNaissance', identite.nom], ...prenoms(identite)],
    reponse: z.object({
      regime: texte(20).nullish(),
      quotientFamilial: z.number().finite().min(0),
      annee: z.number().int().min(1900).max(2200),
      mois: z.number().int().min(1).max(12),
      allocataires: z.array(z.unknown()).max(100).default([]),
      enfants: z.array(z.unknown()).max(100).default([]),
    }),
    extraire: (r) => ({
      quotientFamilial: r.quotientFamilial,
      annee: r.annee,
      mois: r.mois,
      regime: r.regime ?? null,
      nombreAllocataires: r.allocataires.length,
      nombreEnfants: r.enfants.length,
    }),
  }),
  // Real parameters: ine, or nom, prenom, dateDeNaissance, sexe, lieuDeNaissance. Kept: the latest enrolment.
  statut_etudiant: operation({
    libelle: '« Statut étudiant »',
    repli: 'saisissez votre situation et joignez votre certificat de scolarité',
    chemin: '/api/v2/etudiants',
    parametres: (identite) => [
      ['nom', identite.nom],
      ['prenom', identite.prenom],
    ],
    reponse: z.object({
      inscriptions: z
        .array(
          z.object({
            dateDebutInscription: dateIso,
            dateFinInscription: dateIso.nullish(),
            statut: texte(40),
            regime: texte(80).nullish(),
            etablissement: z.object({ nomEtablissement: texte() }).nullish(),
          }),
        )
        .max(100),
    }),
    extraire: (r, { aujourdhui }) => {
      const derniere = [...r.inscriptions].sort((a, b) =>
        a.dateDebutInscription < b.dateDebutInscription ? 1 : -1,
      )[0];
      const enCours =
        derniere !== undefined &&
        derniere.statut === 'inscrit' &&
        derniere.dateDebutInscription <= aujourdhui &&
        (derniere.dateFinInscription ?? '9999-12-31') >= aujourdhui;
      return {
        etudiant: enCours,
        statut: derniere?.statut ?? null,
        regime: derniere?.regime ?? null,
        etablissement: derniere?.etablissement?.nomEtablissement ?? null,
        dateDebutInscription: derniere?.dateDebutInscription ?? null,
        dateFinInscription: derniere?.dateFinInscription ?? null,
      };
    },
  }),
  // Real parameter: identifiant (France Travail), which we do not hold. Kept: the registration and its category.
  statut_demandeur_emploi: operation({
    libelle: '« Statut demandeur d’emploi » de France Travail',
    repli: 'saisissez votre situation et joignez votre attestation d’inscription à France Travail',
    chemin: '/api/v2/situations-pole-emploi',
    parametres: (identite) => [
      ['nom', identite.nom],
      ['prenom', identite.prenom],
    ],
    reponse: z.object({
      dateInscription: dateIso,
      dateCessationInscription: dateIso.nullish(),
      codeCategorieInscription: z.number().int().min(0).max(99).nullish(),
      libelleCategorieInscription: texte().nullish(),
    }),
    extraire: (r, { aujourdhui }) => ({
      inscrit:
        r.dateInscription <= aujourdhui &&
        (r.dateCessationInscription == null || r.dateCessationInscription > aujourdhui),
      dateInscription: r.dateInscription,
      dateCessationInscription: r.dateCessationInscription ?? null,
      codeCategorieInscription: r.codeCategorieInscription ?? null,
      libelleCategorieInscription: r.libelleCategorieInscription ?? null,
    }),
  }),
};

/**
 * API R2P (DGFiP, recherche des personnes physiques; its functions move to API SFiP from 2025-09-30). Its contract
 * is only given to habilitated bodies and its production access goes through an OAuth2 client-credentials token
 * (PISTE). ASSUMPTION: API_R2P_JETON is that access token, sent as Bearer, and the path and answer below are our
 * reading of its published description (état civil, adresse; the SPI fiscal identifier is never kept). Adjust
 * this entry, and only it, against the real contract.
 */
const API_R2P = operation({
  libelle: '« Recherche des personnes physiques » de la DGFiP',
  repli: 'saisissez votre état civil et votre adresse',
  chemin: '/r2p/v1/personnes',
  parametres: (identite) => [
    ['nomNaissance', identite.nom],
    ['prenoms', identite.prenom],
  ],
  reponse: z.object({
    etatCivil: z.object({
      nomNaissance: texte(),
      nomUsage: texte().nullish(),
      prenoms: texte(),
      dateNaissance: dateIso.nullish(),
      lieuNaissance: texte().nullish(),
    }),
    adresse: z.object({ libelle: texte(300), codePostal: texte(10).nullish(), commune: texte().nullish() }).nullish(),
  }),
  extraire: (r) => ({
    nomNaissance: r.etatCivil.nomNaissance,
    nomUsage: r.etatCivil.nomUsage ?? null,
    prenoms: r.etatCivil.prenoms,
    dateNaissance: r.etatCivil.dateNaissance ?? null,
    lieuNaissance: r.etatCivil.lieuNaissance ?? null,
    adresse: r.adresse?.libelle ?? null,
    codePostal: r.adresse?.codePostal ?? null,
    commune: r.adresse?.commune ?? null,
  }),
});

export function operationDe(champ: Champ): Operation<z.ZodType> {
  return champ.type === 'api_particulier' ? API_PARTICULIER[champ.service] : (API_R2P as Operation<z.ZodType>);
}
