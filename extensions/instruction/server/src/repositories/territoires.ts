import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireJson } from './sql';

/** Territoire types, territoires and secteurs, with their communes (INSEE codes). */
export interface TypeTerritoire {
  id: number;
  code: string;
  libelle: string;
  sectorisation: boolean;
}

export interface Territoire {
  id: number;
  code: string;
  nom: string;
  typeCode: string;
  communes: string[];
}

export interface Secteur {
  id: number;
  code: string;
  nom: string;
  territoireId: number;
  communes: string[];
}

const communes = (v: unknown): string[] => {
  const lu = v === null || v === undefined ? [] : lireJson<unknown>(v);
  return Array.isArray(lu) ? lu.map(String) : [];
};

const versType = (l: Record<string, unknown>): TypeTerritoire => ({
  id: Number(l.id),
  code: String(l.code),
  libelle: String(l.libelle),
  // Null on a row written by hand means the default: it takes part in sectorisation.
  sectorisation: l.sectorisation === null || l.sectorisation === undefined ? true : Boolean(l.sectorisation),
});
const versTerritoire = (l: Record<string, unknown>): Territoire => ({
  id: Number(l.id),
  code: String(l.code),
  nom: String(l.nom),
  typeCode: String(l.type_code),
  communes: communes(l.communes),
});
const versSecteur = (l: Record<string, unknown>): Secteur => ({
  id: Number(l.id),
  code: String(l.code),
  nom: String(l.nom),
  territoireId: Number(l.territoire_id),
  communes: communes(l.communes),
});

export const listerTypes = async (db: Db) => (await db(TABLE.typesTerritoires).orderBy('libelle')).map(versType);
export const listerTerritoires = async (db: Db) => (await db(TABLE.territoires).orderBy('nom')).map(versTerritoire);
export const listerSecteurs = async (db: Db) => (await db(TABLE.secteurs).orderBy('nom')).map(versSecteur);

export async function trouverTerritoire(db: Db, id: number): Promise<Territoire | null> {
  const l = await db(TABLE.territoires).where({ id }).first();
  return l ? versTerritoire(l) : null;
}

export async function trouverSecteur(db: Db, id: number): Promise<Secteur | null> {
  const l = await db(TABLE.secteurs).where({ id }).first();
  return l ? versSecteur(l) : null;
}

/** Creates or updates (by code) a territoire type. */
export async function enregistrerType(db: Db, type: Omit<TypeTerritoire, 'id'>, maintenant: Date): Promise<number> {
  const existant = await db(TABLE.typesTerritoires).where({ code: type.code }).first();
  if (existant) {
    await db(TABLE.typesTerritoires)
      .where({ id: existant.id })
      .update({ libelle: type.libelle, sectorisation: type.sectorisation, updated_at: maintenant });
    return Number(existant.id);
  }
  return inserer(db, TABLE.typesTerritoires, { ...colonnesStrapi(maintenant), ...type });
}

export async function enregistrerTerritoire(
  db: Db,
  territoire: Omit<Territoire, 'id'>,
  maintenant: Date,
  id?: number,
): Promise<number> {
  const colonnes = {
    code: territoire.code,
    nom: territoire.nom,
    type_code: territoire.typeCode,
    communes: ecrireJson(territoire.communes),
  };
  if (id !== undefined) {
    await db(TABLE.territoires)
      .where({ id })
      .update({ ...colonnes, updated_at: maintenant });
    return id;
  }
  return inserer(db, TABLE.territoires, { ...colonnesStrapi(maintenant), ...colonnes });
}

export async function enregistrerSecteur(
  db: Db,
  secteur: Omit<Secteur, 'id'>,
  maintenant: Date,
  id?: number,
): Promise<number> {
  const colonnes = {
    code: secteur.code,
    nom: secteur.nom,
    territoire_id: secteur.territoireId,
    communes: ecrireJson(secteur.communes),
  };
  if (id !== undefined) {
    await db(TABLE.secteurs)
      .where({ id })
      .update({ ...colonnes, updated_at: maintenant });
    return id;
  }
  return inserer(db, TABLE.secteurs, { ...colonnesStrapi(maintenant), ...colonnes });
}

export async function fixerCommunesTerritoire(db: Db, id: number, codes: readonly string[], maintenant: Date) {
  await db(TABLE.territoires)
    .where({ id })
    .update({ communes: ecrireJson(codes), updated_at: maintenant });
}
