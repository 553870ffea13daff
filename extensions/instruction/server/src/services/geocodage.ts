/**
 * Géocodage of addresses typed without choosing a suggestion: before a brouillon or a deposit is written, an
 * `adresse` value that has no coordinates is looked up once in API Adresse (Base Adresse Nationale) and, when the
 * best match is good enough, completed with its postcode, commune, INSEE code and coordinates (used for the map
 * and, later, for sectorisation). The text the citizen typed is kept as is.
 *
 * API_ADRESSE_URL is the base URL (default https://api-adresse.data.gouv.fr; empty disables géocodage, as in tests
 * that have no stub). A slow or failing service never blocks a save: the address is stored as typed. Addresses are
 * personal data: nothing of them is logged.
 */
import type { Core } from '@strapi/strapi';
import type { Adresse, Donnees, Modele } from '@guichet/formulaires';
import { z } from 'zod';

const DELAI_MS = 2_000;
/** API Adresse's score is 0..1; below this the match is a guess we would rather not store. */
const SCORE_MIN = 0.6;
const URL_PAR_DEFAUT = 'https://api-adresse.data.gouv.fr';

const reponse = z.object({
  features: z
    .array(
      z.object({
        geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
        properties: z.object({
          score: z.number(),
          postcode: z.string().max(10).optional(),
          city: z.string().max(200).optional(),
          citycode: z.string().max(10).optional(),
        }),
      }),
    )
    .max(10),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const base = (): string | null => {
    const valeur = process.env.API_ADRESSE_URL;
    if (valeur === undefined) return URL_PAR_DEFAUT;
    return valeur.trim() === '' ? null : valeur.trim().replace(/\/$/, '');
  };

  async function geocoder(url: string, adresse: Adresse): Promise<Adresse> {
    const requete = new URL(`${url}/search/`);
    requete.searchParams.set('q', adresse.libelle.slice(0, 200));
    requete.searchParams.set('limit', '1');
    try {
      const r = await fetch(requete, { signal: AbortSignal.timeout(DELAI_MS), redirect: 'error' });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const [meilleure] = reponse.parse(await r.json()).features;
      if (!meilleure || meilleure.properties.score < SCORE_MIN) return adresse;
      const [longitude, latitude] = meilleure.geometry.coordinates;
      return {
        ...adresse,
        codePostal: adresse.codePostal ?? meilleure.properties.postcode,
        commune: adresse.commune ?? meilleure.properties.city,
        codeInsee: adresse.codeInsee ?? meilleure.properties.citycode,
        longitude,
        latitude,
      };
    } catch (erreur) {
      strapi.log.warn(`[instruction] géocodage indisponible (${(erreur as Error).name})`);
      return adresse;
    }
  }

  return {
    /** The same data with its unlocated addresses completed where API Adresse knows them. */
    async completer(modele: Modele, donnees: Donnees): Promise<Donnees> {
      const url = base();
      if (url === null) return donnees;
      const resultat: Donnees = { ...donnees };
      for (const champ of modele.champs) {
        const valeur = donnees[champ.code];
        if (champ.type !== 'adresse' || !estAdresseALocaliser(valeur)) continue;
        resultat[champ.code] = await geocoder(url, valeur);
      }
      return resultat;
    },
  };
};

function estAdresseALocaliser(valeur: unknown): valeur is Adresse {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) return false;
  const adresse = valeur as Partial<Adresse>;
  return typeof adresse.libelle === 'string' && adresse.longitude === undefined;
}
