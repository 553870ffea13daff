/**
 * Connector fields: the citizen asks, the server calls API Particulier (quotient familial, statut étudiant, statut
 * demandeur d'emploi) or API R2P (DGFiP) for them and stores the answer in `donnees[champ]`. The citizen never types
 * these values, so they cannot be forged; a later save of the brouillon keeps them (donneesAEnregistrer reads
 * connector fields from the stored values, never from the post).
 *
 * Data protection: only a flat whitelist of scalars is kept from each answer (no names, addresses, identifiers);
 * the tokens, the query (it carries the citizen's name) and the response bodies are never logged nor journaled.
 *
 * Identity we hold: the users-permissions user's `nom` and `prenom` (from Keycloak). The real APIs want more —
 * API Particulier's « identité pivot » (sexe, date and place of birth) or a FranceConnect access token, France
 * Travail's identifier, the INE of a student. ASSUMPTION until the portal carries the FranceConnect pivot identity
 * (Keycloak brokers FranceConnect and could map its claims): we send the names we have, plus the `recipient`
 * (SIRET of the collectivité) when API_PARTICULIER_RECIPIENT is set; a provider that cannot identify the person
 * answers 404 or 400, which the citizen reads as « aucune information » or « indisponible ».
 */
import type { Core } from '@strapi/strapi';
import {
  codesDeVue,
  entreGuillemets,
  messagesChamp,
  type Champ,
  type DonneesConnecteur,
  type ServiceApiParticulier,
} from '@guichet/formulaires';
import { z } from 'zod';
import { ErreurGuichet, versionPerimee } from '../erreurs';
import * as dossiers from '../repositories/dossiers';
import type { ModeleDossier } from './modeles';

/** Every provider call gives up after this delay (connection, headers and body). */
const DELAI_MS = 5_000;
/** A connector answer is a few hundred bytes; anything far larger is not what we asked for. */
const TAILLE_REPONSE_MAX = 256 * 1024;
const MOTIF_CODE_CHAMP = /^[a-z][a-z0-9_]{0,99}$/;

interface Identite {
  nom: string;
  prenom: string;
}

interface Contexte {
  /** Today in France, ISO (is an enrolment still running?). */
  aujourdhui: string;
}

/** One provider operation: where to call, with what, and what to keep from its answer. */
interface Operation<S extends z.ZodType> {
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
const API_PARTICULIER: Record<ServiceApiParticulier, Operation<z.ZodType>> = {
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

/** An empty line of the env file (`API_R2P_JETON=`) means « not set ». */
const variable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);
const configuration = z.object({
  API_PARTICULIER_URL: variable(z.url({ protocol: /^https?$/ }).default('https://particulier.api.gouv.fr')),
  API_PARTICULIER_JETON: variable(z.string().max(4096).optional()),
  /** SIRET of the collectivité calling (API Particulier's `recipient`). */
  API_PARTICULIER_RECIPIENT: variable(
    z
      .string()
      .regex(/^\d{14}$/)
      .optional(),
  ),
  API_R2P_URL: variable(z.url({ protocol: /^https?$/ }).optional()),
  API_R2P_JETON: variable(z.string().max(4096).optional()),
});

interface Appel {
  operation: Operation<z.ZodType>;
  /** The base URL, or null when the connector is not configured on this instance. */
  base: string | null;
  entetes: Record<string, string> | null;
  parametres: Array<[string, string]>;
  /** For the logs: which connector, never what was asked. */
  nom: string;
}

const majuscule = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

const indisponible = (o: Operation<z.ZodType>) =>
  new ErreurGuichet(
    502,
    'CONNECTEUR_INDISPONIBLE',
    `Le service ${o.libelle} ne répond pas. Réessayez plus tard ou ${o.repli}.`,
  );

/** 422 in the shape of a validation error; `champ` is named by its label only when the citizen's view shows it. */
const champInconnu = (code: string, champ?: Champ) =>
  new ErreurGuichet(422, 'CHAMP_INCONNU', 'Ce champ ne peut pas être rempli automatiquement.', {
    erreurs: [
      {
        champ: code,
        code: 'CHAMP_INCONNU',
        message: champ
          ? `Le champ ${entreGuillemets(champ.libelle)} se remplit dans le formulaire, pas par un service en ligne.`
          : messagesChamp.champInconnu(code),
      },
    ],
  });

function aucuneInformation(o: Operation<z.ZodType>, champ: string) {
  const message = `Aucune information trouvée à votre nom par le service ${o.libelle}. ${majuscule(o.repli)}.`;
  return new ErreurGuichet(422, 'AUCUNE_INFORMATION', message, {
    erreurs: [{ champ, code: 'AUCUNE_INFORMATION', message }],
  });
}

/** Reads at most `max` bytes of a body; null beyond (the rest is dropped). */
async function lireBorne(reponse: Response, max: number): Promise<string | null> {
  if (!reponse.body) return '';
  const morceaux: Uint8Array[] = [];
  let taille = 0;
  for await (const morceau of reponse.body as unknown as AsyncIterable<Uint8Array>) {
    taille += morceau.byteLength;
    if (taille > max) {
      await reponse.body.cancel().catch(() => undefined);
      return null;
    }
    morceaux.push(morceau);
  }
  return Buffer.concat(morceaux).toString('utf8');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const dossiersUsager = () => strapi.plugin('instruction').service('dossiersUsager');

  function preparer(champ: Champ, identite: Identite): Appel {
    const conf = configuration.safeParse(process.env);
    if (!conf.success) {
      // Names of the faulty variables only: a value may be a secret.
      const variables = [...new Set(conf.error.issues.map((i) => i.path.join('.')))].join(', ');
      strapi.log.error(`[connecteurs] configuration invalide : ${variables}`);
    }
    const c = conf.success ? conf.data : null;
    const o = operationDe(champ);
    if (champ.type === 'api_particulier') {
      const recipient: Array<[string, string]> = c?.API_PARTICULIER_RECIPIENT
        ? [['recipient', c.API_PARTICULIER_RECIPIENT]]
        : [];
      return {
        operation: o,
        base: c?.API_PARTICULIER_JETON ? c.API_PARTICULIER_URL : null,
        entetes: c?.API_PARTICULIER_JETON ? { 'X-Api-Key': c.API_PARTICULIER_JETON } : null,
        parametres: [...recipient, ...o.parametres(identite)],
        nom: `API Particulier ${champ.service}`,
      };
    }
    return {
      operation: o,
      base: c?.API_R2P_URL && c.API_R2P_JETON ? c.API_R2P_URL : null,
      entetes: c?.API_R2P_JETON ? { Authorization: `Bearer ${c.API_R2P_JETON}` } : null,
      parametres: o.parametres(identite),
      nom: 'API R2P',
    };
  }

  /** One GET to the provider; every failure becomes a French ErreurGuichet, and the logs say only what failed. */
  async function appeler(appel: Appel, champ: string): Promise<DonneesConnecteur> {
    const o = appel.operation;
    if (!appel.base || !appel.entetes) {
      strapi.log.warn(`[connecteurs] ${appel.nom} : connecteur non configuré (adresse ou jeton absent)`);
      throw indisponible(o);
    }
    const url = new URL(appel.base.replace(/\/+$/, '') + o.chemin);
    for (const [nom, valeur] of appel.parametres) url.searchParams.append(nom, valeur);

    let reponse: Response;
    let corps: string | null;
    try {
      reponse = await fetch(url, {
        headers: { Accept: 'application/json', ...appel.entetes },
        signal: AbortSignal.timeout(DELAI_MS),
        // A redirect would carry the key to another host: refused.
        redirect: 'error',
      });
      if (reponse.status === 404) {
        await reponse.body?.cancel().catch(() => undefined);
        throw aucuneInformation(o, champ);
      }
      if (!reponse.ok) {
        await reponse.body?.cancel().catch(() => undefined);
        strapi.log.warn(`[connecteurs] ${appel.nom} : réponse HTTP ${reponse.status}`);
        throw indisponible(o);
      }
      corps = await lireBorne(reponse, TAILLE_REPONSE_MAX);
    } catch (erreur) {
      if (erreur instanceof ErreurGuichet) throw erreur;
      const nature = (erreur as Error).name === 'TimeoutError' ? `délai de ${DELAI_MS} ms dépassé` : 'injoignable';
      strapi.log.warn(`[connecteurs] ${appel.nom} : ${nature}`);
      throw indisponible(o);
    }
    if (corps === null) {
      strapi.log.warn(`[connecteurs] ${appel.nom} : réponse de plus de ${TAILLE_REPONSE_MAX} octets`);
      throw indisponible(o);
    }
    let json: unknown;
    try {
      json = JSON.parse(corps);
    } catch {
      strapi.log.warn(`[connecteurs] ${appel.nom} : réponse qui n’est pas du JSON`);
      throw indisponible(o);
    }
    const lu = o.reponse.safeParse(json);
    if (!lu.success) {
      // Paths only: the messages of some checks could quote a value.
      const chemins = [...new Set(lu.error.issues.map((i) => i.path.join('.') || '(racine)'))].join(', ');
      strapi.log.warn(`[connecteurs] ${appel.nom} : réponse inattendue (${chemins})`);
      throw indisponible(o);
    }
    return o.extraire(lu.data, { aujourdhui: aujourdhui() });
  }

  /** The connector field `code` of this model, if the citizen's view shows it; otherwise 422. */
  function champConnecteur(formulaire: ModeleDossier, code: string): Champ {
    if (!MOTIF_CODE_CHAMP.test(code)) throw champInconnu(code.slice(0, 100));
    const champ = formulaire.modele.champs.find((c) => c.code === code);
    // A field the citizen's view does not show (an agent annotation) is unknown to them, whatever its type.
    if (!champ || !codesDeVue(formulaire.modele, 'usager').includes(code)) throw champInconnu(code);
    const connecteur =
      (champ.type === 'api_particulier' && Object.hasOwn(API_PARTICULIER, champ.service)) || champ.type === 'api_r2p';
    if (!connecteur) throw champInconnu(code, champ);
    return champ;
  }

  async function identiteDe(usagerId: number, o: Operation<z.ZodType>): Promise<Identite> {
    const usager = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { id: usagerId }, select: ['nom', 'prenom'] });
    const nom = String(usager?.nom ?? '').trim();
    const prenom = String(usager?.prenom ?? '').trim();
    if (!nom || !prenom) {
      throw new ErreurGuichet(
        422,
        'IDENTITE_INCOMPLETE',
        `Votre compte n’indique pas vos nom et prénom : le service ${o.libelle} ne peut pas être interrogé. ${majuscule(o.repli)}.`,
      );
    }
    return { nom, prenom };
  }

  return {
    /**
     * Fills a connector field of the citizen's own brouillon. Out of scope → 404, not a brouillon → 409, stale
     * version → 409 (checked before the call, and again by the compare-and-set write).
     */
    async remplir(numero: string, usagerId: number, code: string, corps: { version: number }) {
      const { dossier, formulaire } = (await dossiersUsager().charger(numero, usagerId)) as {
        dossier: dossiers.DossierLigne;
        formulaire: ModeleDossier;
      };
      if (dossier.etat !== 'brouillon')
        throw new ErreurGuichet(409, 'DEJA_DEPOSE', 'Ce dossier est déjà déposé : il ne peut plus être modifié.');
      const champ = champConnecteur(formulaire, code);
      if (dossier.version !== corps.version) throw versionPerimee();

      const appel = preparer(champ, await identiteDe(usagerId, operationDe(champ)));
      const valeur = await appeler(appel, champ.code);

      const donnees = { ...dossier.donnees, [champ.code]: valeur };
      const ok = await dossiers.mettreAJourSiVersion(knex(), dossier.id, corps.version, { donnees }, new Date());
      if (!ok) throw versionPerimee();
      return dossiersUsager().detail(numero, usagerId);
    },
  };
};

function operationDe(champ: Champ): Operation<z.ZodType> {
  return champ.type === 'api_particulier' ? API_PARTICULIER[champ.service] : (API_R2P as Operation<z.ZodType>);
}

/** Today in France: the calendar day people see, not the UTC one. */
function aujourdhui(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}
