import { TABLE } from '../constants';
import type { Db } from './sql';

/**
 * The profils (famille, association, entreprise) a citizen account belongs to: memberships of the individus that
 * account is (usagers_individus.usager_id). Indexed on both sides (index-sql.ts); a handful of rows per citizen.
 */
export async function profilsDeUsager(db: Db, usagerId: number): Promise<number[]> {
  const lignes = await db(`${TABLE.membres} as m`)
    .join(`${TABLE.individus} as i`, 'i.id', 'm.individu_id')
    .where('i.usager_id', usagerId)
    .distinct('m.profil_id');
  return lignes.map((l: { profil_id: number }) => Number(l.profil_id));
}

export interface ProfilUsager {
  id: number;
  type: 'famille' | 'association' | 'entreprise' | 'autre';
  nom: string;
}

/** The profils the citizen may file for, by name: identity only (never the bank details nor the contact fields). */
export async function listerProfilsDeUsager(db: Db, usagerId: number): Promise<ProfilUsager[]> {
  const ids = await profilsDeUsager(db, usagerId);
  if (ids.length === 0) return [];
  const lignes = await db(TABLE.profils).select('id', 'type', 'nom').whereIn('id', ids).orderBy('nom').orderBy('id');
  return lignes.map((l: { id: number; type: ProfilUsager['type']; nom: string }) => ({
    id: Number(l.id),
    type: l.type,
    nom: String(l.nom),
  }));
}

/** Profils by id in one query (the profils a page of dossiers is filed for); none asked, no query. */
export async function profilsParIds(db: Db, ids: readonly (number | null)[]): Promise<Map<number, ProfilUsager>> {
  const distincts = [...new Set(ids.filter((id): id is number => id !== null))];
  if (distincts.length === 0) return new Map();
  const lignes = await db(TABLE.profils).select('id', 'type', 'nom').whereIn('id', distincts);
  return new Map(
    lignes.map((l: { id: number; type: ProfilUsager['type']; nom: string }) => [
      Number(l.id),
      { id: Number(l.id), type: l.type, nom: String(l.nom) },
    ]),
  );
}
