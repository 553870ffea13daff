import type { OptionListe } from '../../../domain/modele';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireJson } from './sql';

export interface ListeLigne {
  id: number;
  code: string;
  titre: string;
  options: OptionListe[];
}

const COLONNES = ['id', 'code', 'titre', 'options'];

function versListe(l: Record<string, unknown>): ListeLigne {
  return {
    id: Number(l.id),
    code: String(l.code),
    titre: String(l.titre),
    options: lireJson<OptionListe[]>(l.options) ?? [],
  };
}

export async function listerListes(db: Db): Promise<ListeLigne[]> {
  return (await db(TABLE.referentiels).select(COLONNES).orderBy('code')).map(versListe);
}

export async function trouverListe(db: Db, id: number): Promise<ListeLigne | null> {
  const ligne = await db(TABLE.referentiels).select(COLONNES).where({ id }).first();
  return ligne ? versListe(ligne) : null;
}

export async function trouverListeParCode(db: Db, code: string): Promise<ListeLigne | null> {
  const ligne = await db(TABLE.referentiels).select(COLONNES).where({ code }).first();
  return ligne ? versListe(ligne) : null;
}

/** The lists with these codes (one query, whatever the number of codes). */
export async function listesParCodes(db: Db, codes: string[]): Promise<ListeLigne[]> {
  if (codes.length === 0) return [];
  return (await db(TABLE.referentiels).select(COLONNES).whereIn('code', codes)).map(versListe);
}

export async function insererListe(
  db: Db,
  donnees: { code: string; titre: string; options: OptionListe[] },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.referentiels, {
    ...colonnesStrapi(maintenant),
    code: donnees.code,
    titre: donnees.titre,
    options: ecrireJson(donnees.options),
  });
}

export async function modifierListe(
  db: Db,
  id: number,
  donnees: { titre: string; options: OptionListe[] },
  maintenant: Date,
): Promise<boolean> {
  const modifies = await db(TABLE.referentiels)
    .where({ id })
    .update({ titre: donnees.titre, options: ecrireJson(donnees.options), updated_at: maintenant });
  return Number(modifies) === 1;
}
