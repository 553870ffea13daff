import { DROITS, type Droit } from '../../../domain';
import { TABLE } from '../constants';
import { type Db, lireJson } from './sql';

/**
 * Values an habilitation's `droits` may hold. « lire » opens the dossiers of the dispositif (the scope itself is the
 * habilitation row); the others are the domain's rights on transitions and corrections.
 */
export const DROITS_HABILITATION = ['lire', ...DROITS] as const;

/** The domain rights held in a stored `droits` value; anything else (a typo in the Content Manager) grants nothing. */
export function droitsDuDomaine(valeur: unknown): Droit[] {
  const lus = lireJson<unknown>(valeur);
  if (!Array.isArray(lus)) return [];
  return DROITS.filter((droit) => lus.includes(droit));
}

/**
 * The agent's rights on a dispositif, from their habilitations on it (one indexed query on admin_user_id,
 * dispositif_id; several rows add up). No habilitation → no right: the caller has already answered 404 then.
 */
export async function droitsAgent(db: Db, adminUserId: number, dispositifId: number): Promise<Droit[]> {
  const lignes = await db(TABLE.habilitations)
    .select('droits')
    .where({ admin_user_id: adminUserId, dispositif_id: dispositifId });
  const droits = new Set(lignes.flatMap((l: Record<string, unknown>) => droitsDuDomaine(l.droits)));
  return DROITS.filter((droit) => droits.has(droit));
}
