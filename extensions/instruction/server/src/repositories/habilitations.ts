import { DROITS, type Droit } from '../../../domain';
import { TABLE } from '../constants';
import type { Db } from './sql';

/**
 * The rights of the matrix profil métier × dispositif. « voir » opens the dossiers of the dispositif (the scope,
 * repositories/dossiers.ts); « instruire » and « décider » are the domain's rights on transitions and corrections;
 * « exporter » and « configurer » guard exports and the dispositif's settings.
 */
export const DROITS_HABILITATION = ['voir', 'instruire', 'decider', 'exporter', 'configurer'] as const;
export type DroitHabilitation = (typeof DROITS_HABILITATION)[number];

export const LIBELLES_DROITS: Record<DroitHabilitation, string> = {
  voir: 'Voir',
  instruire: 'Instruire',
  decider: 'Décider',
  exporter: 'Exporter',
  configurer: 'Configurer',
};

/**
 * Rights named in older habilitations and tests: « lire » is « voir ». Anything else (a typo) grants nothing, so a
 * list of words becomes exactly the rights it names.
 */
export function droitsReconnus(valeurs: readonly unknown[]): DroitHabilitation[] {
  const noms = new Set(valeurs.map((v) => (v === 'lire' ? 'voir' : v)));
  return DROITS_HABILITATION.filter((droit) => noms.has(droit));
}

/** A matrix row as columns (booleans; SQLite stores 0/1). */
export const colonnesDroits = (droits: readonly DroitHabilitation[]) =>
  Object.fromEntries(DROITS_HABILITATION.map((droit) => [droit, droits.includes(droit)])) as Record<
    DroitHabilitation,
    boolean
  >;

export const droitsDeLigne = (ligne: Record<string, unknown>): DroitHabilitation[] =>
  DROITS_HABILITATION.filter((droit) => Boolean(ligne[droit]));

/** The matrix rows reaching an agent through their profils (join on the indexed link table). */
function lignesAgent(db: Db, adminUserId: number) {
  return db(`${TABLE.habilitations} as h`)
    .join(`${TABLE.agentsProfils} as ap`, 'ap.profil_metier_id', 'h.profil_metier_id')
    .where('ap.admin_user_id', adminUserId);
}

/** Every right an agent holds on a dispositif: the union over their profils métiers (one query). */
export async function droitsHabilitationAgent(
  db: Db,
  adminUserId: number,
  dispositifId: number,
): Promise<DroitHabilitation[]> {
  const lignes = await lignesAgent(db, adminUserId)
    .where('h.dispositif_id', dispositifId)
    .select(DROITS_HABILITATION.map((droit) => `h.${droit}`));
  const tenus = new Set(lignes.flatMap((l: Record<string, unknown>) => droitsDeLigne(l)));
  return DROITS_HABILITATION.filter((droit) => tenus.has(droit));
}

/**
 * The agent's domain rights on a dispositif (transitions, bulk, corrections). No profil granting them → none: the
 * caller has loaded the dossier through the scope, so an agent without « voir » has already had a 404.
 */
export async function droitsAgent(db: Db, adminUserId: number, dispositifId: number): Promise<Droit[]> {
  const droits = await droitsHabilitationAgent(db, adminUserId, dispositifId);
  return DROITS.filter((droit) => (droits as readonly string[]).includes(droit));
}

/** Ids of the dispositifs on which the agent holds `droit` (e.g. « exporter » for exports, « configurer »). */
export async function dispositifsAvecDroit(db: Db, adminUserId: number, droit: DroitHabilitation): Promise<number[]> {
  const lignes = await lignesAgent(db, adminUserId).where(`h.${droit}`, true).distinct('h.dispositif_id');
  return lignes.map((l: Record<string, unknown>) => Number(l.dispositif_id)).sort((a, b) => a - b);
}

/** Whether the agent holds `droit` on the dispositif. */
export async function aLeDroit(
  db: Db,
  adminUserId: number,
  dispositifId: number,
  droit: DroitHabilitation,
): Promise<boolean> {
  return (await droitsHabilitationAgent(db, adminUserId, dispositifId)).includes(droit);
}
