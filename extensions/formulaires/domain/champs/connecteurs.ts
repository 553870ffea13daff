/**
 * Data returned by a connector (API Particulier, API R2P), written by the server after a call, never posted by a
 * citizen. Stored as read: a flat object of scalars, bounded so that a misbehaving service cannot fill a dossier.
 */
import { z } from 'zod';
import {
  SERVICES_API_PARTICULIER,
  type ChampApiParticulier,
  type ChampApiR2p,
  type Scalaire,
  type Valeur,
} from '../modele';
import { ok, type Result } from '../result';
import { erreurFormat, estObjetSimple, rienALire } from './commun';
import { messages, messagesModele as m } from './messages';
import { formaterNombre } from './nombres';
import type { DefinitionChamp, Probleme } from './types';

export const CLES_CONNECTEUR_MAX = 50;
export const LONGUEUR_VALEUR_CONNECTEUR_MAX = 1000;
const MOTIF_CLE = /^[a-zA-Z0-9_]+$/;

function estScalaireAdmis(valeur: unknown): valeur is Scalaire {
  if (valeur === null || typeof valeur === 'boolean') return true;
  if (typeof valeur === 'number') return Number.isFinite(valeur);
  return typeof valeur === 'string' && valeur.length <= LONGUEUR_VALEUR_CONNECTEUR_MAX;
}

function validerDonneesConnecteur(
  champ: ChampApiParticulier | ChampApiR2p,
  valeur: unknown,
): Result<Valeur | null, Probleme> {
  if (valeur === null || valeur === undefined) return ok(null);
  if (!estObjetSimple(valeur)) return erreurFormat(champ);
  const entrees = Object.entries(valeur);
  if (entrees.length > CLES_CONNECTEUR_MAX) return erreurFormat(champ);
  const donnees: Record<string, Scalaire> = {};
  for (const [cle, donnee] of entrees) {
    if (!MOTIF_CLE.test(cle) || !estScalaireAdmis(donnee)) return erreurFormat(champ);
    donnees[cle] = donnee;
  }
  // No key at all: the service returned nothing, which is no data.
  return entrees.length === 0 ? ok(null) : ok(donnees);
}

function scalaireLisible(donnee: unknown): string {
  if (typeof donnee === 'number') return formaterNombre(donnee);
  if (typeof donnee === 'boolean') return donnee ? messages.oui : messages.non;
  return String(donnee);
}

/** "quotient_familial : 850 ; allocataire : Oui", empty values left out. */
function lisibleConnecteur(valeur: Valeur): string | null {
  if (!estObjetSimple(valeur)) return String(valeur);
  const paires = Object.entries(valeur)
    .filter(([, donnee]) => donnee !== null && donnee !== undefined && donnee !== '')
    .map(([cle, donnee]) => `${cle} : ${scalaireLisible(donnee)}`);
  return paires.length === 0 ? null : paires.join(' ; ');
}

export const definitionApiParticulier: DefinitionChamp<ChampApiParticulier> = {
  type: 'api_particulier',
  schema: z.object({
    type: z.literal('api_particulier'),
    service: z.enum(SERVICES_API_PARTICULIER, { error: m.serviceInconnu }),
  }),
  problemes: () => [],
  valider: (champ, valeur) => validerDonneesConnecteur(champ, valeur),
  lire: rienALire,
  lisible: (_champ, valeur) => lisibleConnecteur(valeur),
};

export const definitionApiR2p: DefinitionChamp<ChampApiR2p> = {
  type: 'api_r2p',
  schema: z.object({ type: z.literal('api_r2p') }),
  problemes: () => [],
  valider: (champ, valeur) => validerDonneesConnecteur(champ, valeur),
  lire: rienALire,
  lisible: (_champ, valeur) => lisibleConnecteur(valeur),
};
