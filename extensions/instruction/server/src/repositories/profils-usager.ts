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

/** Whether the citizen may file a dossier for this profil: they are one of its members. */
export async function estMembreDuProfil(db: Db, usagerId: number, profilId: number): Promise<boolean> {
  return (await profilsDeUsager(db, usagerId)).includes(profilId);
}
