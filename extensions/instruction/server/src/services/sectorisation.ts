import type { Core } from '@strapi/strapi';
import { champsDuModele, type Modele } from '@guichet/formulaires';
import {
  indexerTerritoires,
  sectoriser,
  type AdresseASectoriser,
  type IndexTerritoires,
  type ResultatSectorisation,
} from '../../../domain';
import type { DossierLigne } from '../repositories/dossiers';
import type { Db } from '../repositories/sql';
import { lireJson } from '../repositories/sql';
import { listerSecteurs, listerTerritoires, listerTypes } from '../repositories/territoires';
import { referentielCommunes } from './referentiel-communes';

/**
 * Sectorisation: commune or postal code → territoire (and secteur). Contract used by the `affecter` action and by
 * automatic assignment:
 *   sectoriserDossier(db, dossier: DossierLigne) → Promise<{ territoireId: number; secteurId: number | null } | null>
 * (reads the dossier's address field; null when it cannot decide). It never writes: callers do.
 *   analyserDossier(db, dossier) → Promise<ResultatSectorisation | null>
 * the same with the reason of a failure (null: the dossier has no address at all).
 * `db` may be a transaction: every read goes through it (SQLite deadlocks on a query outside a running trx).
 */

/** The formulaires plugin's table of published versions (immutable rows: read by id, cached). */
const TABLE_VERSIONS = 'formulaires_versions';

/** Codes of the address fields of each model version, citizen's view order first. */
const champsAdresse = new Map<number, string[]>();

async function codesAdresse(db: Db, modeleVersionId: number): Promise<string[]> {
  const connus = champsAdresse.get(modeleVersionId);
  if (connus) return connus;
  const ligne = await db(TABLE_VERSIONS).select('contenu').where({ id: modeleVersionId }).first();
  if (!ligne) return [];
  const modele = lireJson<Modele>(ligne.contenu);
  const codes = champsDuModele(modele)
    .filter((champ) => champ.type === 'adresse')
    .map((champ) => champ.code);
  champsAdresse.set(modeleVersionId, codes);
  return codes;
}

const texte = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The first address of the dossier that names a commune or a postal code (an address is `Adresse` JSON). */
export function adresseDuDossier(
  donnees: Record<string, unknown>,
  codes: readonly string[],
): AdresseASectoriser | null {
  for (const code of codes) {
    const valeur = donnees[code];
    if (valeur === null || typeof valeur !== 'object' || Array.isArray(valeur)) continue;
    const a = valeur as Record<string, unknown>;
    const adresse = { codeInsee: texte(a.codeInsee), codePostal: texte(a.codePostal), commune: texte(a.commune) };
    if (adresse.codeInsee || adresse.codePostal) return adresse;
  }
  return null;
}

/** Territoires of the types that take part in sectorisation, and their secteurs (three small queries). */
export async function indexSectorisation(db: Db): Promise<IndexTerritoires> {
  const [types, territoires, secteurs] = [await listerTypes(db), await listerTerritoires(db), await listerSecteurs(db)];
  const retenus = new Set(types.filter((t) => t.sectorisation).map((t) => t.code));
  // A territoire whose type is not declared still takes part: forgetting the type must not hide it.
  const declares = new Set(types.map((t) => t.code));
  const actifs = territoires.filter((t) => retenus.has(t.typeCode) || !declares.has(t.typeCode));
  const ids = new Set(actifs.map((t) => t.id));
  return indexerTerritoires(
    actifs,
    secteurs.filter((s) => ids.has(s.territoireId)),
  );
}

export async function analyserDossier(
  db: Db,
  dossier: Pick<DossierLigne, 'donnees' | 'modeleVersionId'>,
): Promise<ResultatSectorisation | null> {
  const adresse = adresseDuDossier(dossier.donnees, await codesAdresse(db, dossier.modeleVersionId));
  if (!adresse) return null;
  return sectoriser(adresse, await indexSectorisation(db), referentielCommunes());
}

export async function sectoriserDossier(
  db: Db,
  dossier: Pick<DossierLigne, 'donnees' | 'modeleVersionId'>,
): Promise<{ territoireId: number; secteurId: number | null } | null> {
  const resultat = await analyserDossier(db, dossier);
  return resultat?.ok ? { territoireId: resultat.territoireId, secteurId: resultat.secteurId } : null;
}

export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({ sectoriserDossier, analyserDossier });
