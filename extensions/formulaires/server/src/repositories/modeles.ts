import type { Modele } from '../../../domain/modele';
import { TABLE } from '../constants';
import { colonnesStrapi, type Db, ecrireJson, inserer, lireDate, lireEntierOuNull, lireJson, verrouiller } from './sql';

export interface ModeleEnTete {
  id: number;
  code: string;
  titre: string;
  revision: number;
  empreinte: string;
  empreintePubliee: string | null;
  versionPubliee: number | null;
  modifieLe: Date;
}
export interface ModeleLigne extends ModeleEnTete {
  contenu: Modele;
}

const EN_TETE = ['id', 'code', 'titre', 'revision', 'empreinte', 'empreinte_publiee', 'version_publiee', 'updated_at'];

function versEnTete(l: Record<string, unknown>): ModeleEnTete {
  return {
    id: Number(l.id),
    code: String(l.code),
    titre: String(l.titre),
    revision: Number(l.revision),
    empreinte: String(l.empreinte),
    empreintePubliee: (l.empreinte_publiee as string | null) ?? null,
    versionPubliee: lireEntierOuNull(l.version_publiee),
    modifieLe: lireDate(l.updated_at)!,
  };
}

function versModele(l: Record<string, unknown>): ModeleLigne {
  return { ...versEnTete(l), contenu: lireJson<Modele>(l.contenu) };
}

/** Headers only: the list never reads the (possibly large) contents. */
export async function listerModeles(db: Db, limite: number): Promise<ModeleEnTete[]> {
  const lignes = await db(TABLE.modeles)
    .select(EN_TETE)
    .orderBy([{ column: 'titre' }, { column: 'code' }])
    .limit(limite);
  return lignes.map(versEnTete);
}

export async function trouverModele(
  db: Db,
  id: number,
  options: { verrou?: boolean } = {},
): Promise<ModeleLigne | null> {
  const requete = db(TABLE.modeles)
    .select([...EN_TETE, 'contenu'])
    .where({ id })
    .first();
  const ligne = await (options.verrou ? verrouiller(requete) : requete);
  return ligne ? versModele(ligne) : null;
}

export async function trouverModeleParCode(
  db: Db,
  code: string,
  options: { verrou?: boolean } = {},
): Promise<ModeleLigne | null> {
  const requete = db(TABLE.modeles)
    .select([...EN_TETE, 'contenu'])
    .where({ code })
    .first();
  const ligne = await (options.verrou ? verrouiller(requete) : requete);
  return ligne ? versModele(ligne) : null;
}

export async function insererModele(
  db: Db,
  donnees: { code: string; titre: string; contenu: Modele; empreinte: string },
  maintenant: Date,
): Promise<number> {
  return inserer(db, TABLE.modeles, {
    ...colonnesStrapi(maintenant),
    code: donnees.code,
    titre: donnees.titre,
    contenu: ecrireJson(donnees.contenu),
    revision: 1,
    empreinte: donnees.empreinte,
    empreinte_publiee: null,
    version_publiee: null,
  });
}

/**
 * Compare-and-set on the revision (DESIGN rule 4): returns false when another writer saved in between, so the
 * caller answers 409 instead of overwriting.
 */
export async function enregistrerSiRevision(
  db: Db,
  id: number,
  revisionAttendue: number,
  changements: { titre?: string; contenu: Modele; empreinte: string },
  maintenant: Date,
): Promise<boolean> {
  const colonnes: Record<string, unknown> = {
    revision: revisionAttendue + 1,
    contenu: ecrireJson(changements.contenu),
    empreinte: changements.empreinte,
    updated_at: maintenant,
  };
  if (changements.titre !== undefined) colonnes.titre = changements.titre;
  const modifies = await db(TABLE.modeles).where({ id, revision: revisionAttendue }).update(colonnes);
  return Number(modifies) === 1;
}

/**
 * Records a publication on the model, compare-and-set on the revision AND on the previous published number, so two
 * publications of the same draft cannot both succeed. The draft itself is unchanged (its revision too).
 */
export async function marquerPublie(
  db: Db,
  id: number,
  attendu: { revision: number; versionPubliee: number | null },
  publication: { numero: number; empreinte: string },
): Promise<boolean> {
  const requete = db(TABLE.modeles).where({ id, revision: attendu.revision });
  if (attendu.versionPubliee === null) requete.whereNull('version_publiee');
  else requete.where({ version_publiee: attendu.versionPubliee });
  const modifies = await requete.update({
    version_publiee: publication.numero,
    empreinte_publiee: publication.empreinte,
  });
  return Number(modifies) === 1;
}

export async function compterModeles(db: Db): Promise<number> {
  const [ligne] = await db(TABLE.modeles).count('* as n');
  return Number((ligne as { n: unknown }).n);
}
