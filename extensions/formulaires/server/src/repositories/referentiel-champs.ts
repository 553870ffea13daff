import type { Champ } from '../../../domain/modele';
import { TABLE } from '../constants';
import { motifContient, normaliserRecherche } from '../recherche';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireJson } from './sql';

export interface EntreeLigne {
  id: number;
  categorie: string;
  section: string;
  champ: Champ;
}
export interface DonneesEntree {
  categorie: string;
  section: string;
  champ: Champ;
}

const COLONNES = ['id', 'categorie', 'section', 'champ'];

function versEntree(l: Record<string, unknown>): EntreeLigne {
  return {
    id: Number(l.id),
    categorie: String(l.categorie),
    section: String(l.section),
    champ: lireJson<Champ>(l.champ),
  };
}

/** Columns derived from the field: its code (unique), its label, and the normalised text `q` is matched against. */
function colonnes(donnees: DonneesEntree) {
  const { champ } = donnees;
  return {
    code: champ.code,
    categorie: donnees.categorie,
    section: donnees.section,
    libelle: champ.libelle,
    recherche: normaliserRecherche([champ.code, champ.libelle, champ.aide ?? ''].join(' ')),
    champ: ecrireJson(champ),
  };
}

/**
 * Ordered by catégorie, section, code in French alphabetical order (accents and case aside, « Œ » as « oe »), the
 * same on SQLite and Postgres whatever the database collation: the référentiel is administrator-sized, so the
 * (capped) result is sorted here. `q` matches code, libellé and aide whatever the case and accents.
 */
export async function listerEntrees(
  db: Db,
  filtre: { q?: string; categorie?: string },
  limite: number,
): Promise<EntreeLigne[]> {
  const requete = db(TABLE.entrees)
    .select([...COLONNES, 'code'])
    .orderBy('id')
    .limit(limite);
  if (filtre.categorie !== undefined) requete.where({ categorie: filtre.categorie });
  const q = filtre.q === undefined ? '' : normaliserRecherche(filtre.q);
  if (q !== '') requete.whereRaw(`recherche LIKE ? ESCAPE '\\'`, [motifContient(q)]);
  const lignes: Array<Record<string, unknown>> = await requete;
  return lignes
    .sort(
      (a, b) =>
        ORDRE.compare(String(a.categorie), String(b.categorie)) ||
        ORDRE.compare(String(a.section), String(b.section)) ||
        ORDRE.compare(String(a.code), String(b.code)),
    )
    .map(versEntree);
}

const ORDRE = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export async function trouverEntree(db: Db, id: number): Promise<EntreeLigne | null> {
  const ligne = await db(TABLE.entrees).select(COLONNES).where({ id }).first();
  return ligne ? versEntree(ligne) : null;
}

export async function trouverEntreeParCode(db: Db, code: string): Promise<EntreeLigne | null> {
  const ligne = await db(TABLE.entrees).select(COLONNES).where({ code }).first();
  return ligne ? versEntree(ligne) : null;
}

/** The entries a set of fields come from (export). */
export async function entreesParCodes(db: Db, codes: string[]): Promise<EntreeLigne[]> {
  if (codes.length === 0) return [];
  return (await db(TABLE.entrees).select(COLONNES).whereIn('code', codes)).map(versEntree);
}

export async function insererEntree(db: Db, donnees: DonneesEntree, maintenant: Date): Promise<number> {
  return inserer(db, TABLE.entrees, { ...colonnesStrapi(maintenant), ...colonnes(donnees) });
}

export async function modifierEntree(db: Db, id: number, donnees: DonneesEntree, maintenant: Date): Promise<boolean> {
  const modifies = await db(TABLE.entrees)
    .where({ id })
    .update({ ...colonnes(donnees), updated_at: maintenant });
  return Number(modifies) === 1;
}

export async function supprimerEntree(db: Db, id: number): Promise<boolean> {
  return Number(await db(TABLE.entrees).where({ id }).delete()) === 1;
}
