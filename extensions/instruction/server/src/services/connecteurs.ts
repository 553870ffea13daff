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
import { codesDeVue, entreGuillemets, messagesChamp, type Champ, type DonneesConnecteur } from '@guichet/formulaires';
import { z } from 'zod';
import { ErreurGuichet, versionPerimee } from '../erreurs';
import * as dossiers from '../repositories/dossiers';
import { API_PARTICULIER, operationDe, type Identite, type Operation } from '../connecteurs/fournisseurs';
import { aujourdhuiEnFrance } from './calendrier';
import type { ModeleDossier } from './modeles';

/** Every provider call gives up after this delay (connection, headers and body). */
const DELAI_MS = 5_000;
/** A connector answer is a few hundred bytes; anything far larger is not what we asked for. */
const TAILLE_REPONSE_MAX = 256 * 1024;
const MOTIF_CODE_CHAMP = /^[a-z][a-z0-9_]{0,99}$/;

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
    return o.extraire(lu.data, { aujourdhui: aujourdhuiEnFrance() });
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
