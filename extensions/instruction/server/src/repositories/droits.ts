import { TABLE } from '../constants';
import { colonnesDroits, type DroitHabilitation, droitsDeLigne, DROITS_HABILITATION } from './habilitations';
import { colonnesStrapi, type Db, inserer } from './sql';

/** Profils métiers, the matrix and agents' memberships, read and written with our own SQL (ADR 0013). */
export interface ProfilMetier {
  id: number;
  code: string;
  libelle: string;
  description: string | null;
}

export interface Cellule {
  profilMetierId: number;
  dispositifId: number;
  droits: DroitHabilitation[];
}

export interface AffectationsAgent {
  adminUserId: number;
  profilMetierIds: number[];
  territoireIds: number[];
  secteurIds: number[];
}

const versProfil = (l: Record<string, unknown>): ProfilMetier => ({
  id: Number(l.id),
  code: String(l.code),
  libelle: String(l.libelle),
  description: (l.description as string | null) ?? null,
});

export async function listerProfils(db: Db): Promise<ProfilMetier[]> {
  const lignes = await db(TABLE.profilsMetiers).select('id', 'code', 'libelle', 'description').orderBy('libelle');
  return lignes.map(versProfil);
}

export async function trouverProfil(db: Db, id: number): Promise<ProfilMetier | null> {
  const ligne = await db(TABLE.profilsMetiers).where({ id }).first();
  return ligne ? versProfil(ligne) : null;
}

export async function trouverProfilParCode(db: Db, code: string): Promise<ProfilMetier | null> {
  const ligne = await db(TABLE.profilsMetiers).where({ code }).first();
  return ligne ? versProfil(ligne) : null;
}

export async function creerProfil(db: Db, profil: Omit<ProfilMetier, 'id'>, maintenant: Date): Promise<number> {
  return inserer(db, TABLE.profilsMetiers, { ...colonnesStrapi(maintenant), ...profil });
}

export async function modifierProfil(db: Db, id: number, profil: Omit<ProfilMetier, 'id'>, maintenant: Date) {
  await db(TABLE.profilsMetiers)
    .where({ id })
    .update({ ...profil, updated_at: maintenant });
}

/** Deleting a profil removes its cells and memberships in the same transaction (the caller's). */
export async function supprimerProfil(db: Db, id: number): Promise<void> {
  await db(TABLE.habilitations).where({ profil_metier_id: id }).delete();
  await db(TABLE.agentsProfils).where({ profil_metier_id: id }).delete();
  await db(TABLE.profilsMetiers).where({ id }).delete();
}

/** The whole matrix, cells without any right left out. */
export async function lireMatrice(db: Db): Promise<Cellule[]> {
  const lignes = await db(TABLE.habilitations)
    .select('profil_metier_id', 'dispositif_id', ...DROITS_HABILITATION)
    .orderBy(['profil_metier_id', 'dispositif_id']);
  return lignes
    .map((l: Record<string, unknown>) => ({
      profilMetierId: Number(l.profil_metier_id),
      dispositifId: Number(l.dispositif_id),
      droits: droitsDeLigne(l),
    }))
    .filter((c: Cellule) => c.droits.length > 0);
}

/** Writes one cell: an empty list of rights removes the row (no row means no right). */
export async function ecrireCellule(db: Db, cellule: Cellule, maintenant: Date): Promise<void> {
  const cle = { profil_metier_id: cellule.profilMetierId, dispositif_id: cellule.dispositifId };
  await db(TABLE.habilitations).where(cle).delete();
  if (cellule.droits.length === 0) return;
  await inserer(db, TABLE.habilitations, { ...colonnesStrapi(maintenant), ...cle, ...colonnesDroits(cellule.droits) });
}

export async function viderMatrice(db: Db): Promise<void> {
  await db(TABLE.habilitations).delete();
}

export async function lireAffectations(db: Db, adminUserId: number): Promise<AffectationsAgent> {
  const [profils, perimetres] = await Promise.all([
    db(TABLE.agentsProfils).where({ admin_user_id: adminUserId }).orderBy('profil_metier_id'),
    db(TABLE.agentsPerimetres).where({ admin_user_id: adminUserId }).orderBy('id'),
  ]);
  return affectations(adminUserId, profils, perimetres);
}

/** Every agent that has a profil or a territorial limit (two queries, whatever the number of agents). */
export async function listerAffectations(db: Db): Promise<AffectationsAgent[]> {
  const profils = await db(TABLE.agentsProfils).orderBy(['admin_user_id', 'profil_metier_id']);
  const perimetres = await db(TABLE.agentsPerimetres).orderBy(['admin_user_id', 'id']);
  const ids = [...new Set([...profils, ...perimetres].map((l: Record<string, unknown>) => Number(l.admin_user_id)))];
  return ids
    .sort((a, b) => a - b)
    .map((id) =>
      affectations(
        id,
        profils.filter((l: Record<string, unknown>) => Number(l.admin_user_id) === id),
        perimetres.filter((l: Record<string, unknown>) => Number(l.admin_user_id) === id),
      ),
    );
}

function affectations(
  adminUserId: number,
  profils: Record<string, unknown>[],
  perimetres: Record<string, unknown>[],
): AffectationsAgent {
  return {
    adminUserId,
    profilMetierIds: profils.map((l) => Number(l.profil_metier_id)),
    territoireIds: [...new Set(perimetres.map((l) => Number(l.territoire_id)))],
    secteurIds: perimetres.filter((l) => l.secteur_id !== null).map((l) => Number(l.secteur_id)),
  };
}

/** Gives an agent one more profil (nothing if they hold it already). */
export async function ajouterProfilAgent(db: Db, adminUserId: number, profilMetierId: number, maintenant: Date) {
  const cle = { admin_user_id: adminUserId, profil_metier_id: profilMetierId };
  if (await db(TABLE.agentsProfils).where(cle).first()) return;
  await inserer(db, TABLE.agentsProfils, { ...colonnesStrapi(maintenant), ...cle });
}

/**
 * Replaces an agent's profils and territorial limits. A secteur row carries its territoire (so the scope only reads
 * territoire_id); `secteurs` maps each secteur id to its territoire id.
 */
export async function remplacerAffectations(
  db: Db,
  agent: AffectationsAgent,
  territoireDuSecteur: ReadonlyMap<number, number>,
  maintenant: Date,
): Promise<void> {
  const { adminUserId } = agent;
  await db(TABLE.agentsProfils).where({ admin_user_id: adminUserId }).delete();
  await db(TABLE.agentsPerimetres).where({ admin_user_id: adminUserId }).delete();
  for (const profilMetierId of new Set(agent.profilMetierIds)) {
    await inserer(db, TABLE.agentsProfils, {
      ...colonnesStrapi(maintenant),
      admin_user_id: adminUserId,
      profil_metier_id: profilMetierId,
    });
  }
  const avecSecteur = new Set(agent.secteurIds.map((id) => territoireDuSecteur.get(id)));
  for (const territoireId of new Set(agent.territoireIds)) {
    if (avecSecteur.has(territoireId)) continue;
    await inserer(db, TABLE.agentsPerimetres, {
      ...colonnesStrapi(maintenant),
      admin_user_id: adminUserId,
      territoire_id: territoireId,
    });
  }
  for (const secteurId of new Set(agent.secteurIds)) {
    await inserer(db, TABLE.agentsPerimetres, {
      ...colonnesStrapi(maintenant),
      admin_user_id: adminUserId,
      territoire_id: territoireDuSecteur.get(secteurId),
      secteur_id: secteurId,
    });
  }
}
