/** Territoire types, territoires and secteurs for the « Habilitations » page (part of the droits service). */
import { TABLE } from '../constants';
import { ErreurGuichet } from '../erreurs';
import type { Db } from '../repositories/sql';
import * as repo from '../repositories/territoires';
import { referentielCommunes } from './referentiel-communes';

const introuvable = (quoi: string) => new ErreurGuichet(404, 'INTROUVABLE', `Ce ${quoi} est introuvable.`);

/** Unknown INSEE codes → 422 listing them, in French; known ones come back deduplicated, in the given order. */
export function communesValides(codes: readonly string[], champ = 'communes'): string[] {
  const ref = referentielCommunes();
  const uniques = [...new Set(codes)];
  const inconnues = uniques.filter((c) => ref.nomCommune(c) === null);
  if (inconnues.length > 0) {
    throw new ErreurGuichet(
      422,
      'COMMUNES_INCONNUES',
      `${inconnues.length === 1 ? 'Ce code INSEE est inconnu' : 'Ces codes INSEE sont inconnus'} : ${inconnues.join(', ')}.`,
      {
        erreurs: inconnues.map((c) => ({
          champ,
          code: 'COMMUNE_INCONNUE',
          message: `« ${c} » n’est pas le code INSEE d’une commune.`,
        })),
      },
    );
  }
  return uniques;
}

async function codeLibre(db: Db, table: string, code: string, id?: number) {
  const existant = await db(table).where({ code }).first();
  if (existant && Number(existant.id) !== id) {
    throw new ErreurGuichet(409, 'CODE_DEJA_PRIS', `Le code « ${code} » est déjà utilisé.`, {
      erreurs: [{ champ: 'code', code: 'CODE_DEJA_PRIS', message: `Le code « ${code} » est déjà utilisé.` }],
    });
  }
}

async function typeConnu(db: Db, typeCode: string) {
  const types = await repo.listerTypes(db);
  if (!types.some((t) => t.code === typeCode)) {
    throw new ErreurGuichet(422, 'TYPE_INCONNU', `Le type de territoire « ${typeCode} » n’existe pas.`, {
      erreurs: [{ champ: 'typeCode', code: 'TYPE_INCONNU', message: 'Choisissez un type de territoire existant.' }],
    });
  }
}

/** A secteur's communes must be communes of its territoire. */
function dansLeTerritoire(territoire: repo.Territoire, communes: readonly string[]) {
  const dehors = communes.filter((c) => !territoire.communes.includes(c));
  if (dehors.length > 0) {
    throw new ErreurGuichet(
      422,
      'COMMUNES_HORS_TERRITOIRE',
      `Ces communes ne font pas partie du territoire « ${territoire.nom} » : ${dehors.join(', ')}.`,
      { erreurs: [{ champ: 'communes', code: 'COMMUNES_HORS_TERRITOIRE', message: dehors.join(', ') }] },
    );
  }
}

export async function lister(db: Db) {
  const ref = referentielCommunes();
  const avecNoms = (codes: string[]) => codes.map((code) => ({ code, nom: ref.nomCommune(code) ?? code }));
  return {
    types: await repo.listerTypes(db),
    territoires: (await repo.listerTerritoires(db)).map((t) => ({ ...t, communes: avecNoms(t.communes) })),
    secteurs: (await repo.listerSecteurs(db)).map((s) => ({ ...s, communes: avecNoms(s.communes) })),
  };
}

export async function enregistrerType(db: Db, type: Omit<repo.TypeTerritoire, 'id'>) {
  return { id: await repo.enregistrerType(db, type, new Date()) };
}

export async function enregistrerTerritoire(db: Db, t: Omit<repo.Territoire, 'id'>, id?: number) {
  if (id !== undefined && !(await repo.trouverTerritoire(db, id))) throw introuvable('territoire');
  await codeLibre(db, TABLE.territoires, t.code, id);
  await typeConnu(db, t.typeCode);
  const communes = communesValides(t.communes);
  return { id: await repo.enregistrerTerritoire(db, { ...t, communes }, new Date(), id) };
}

/** Defines (replaces) the communes of a territoire: the import of the admin page. */
export async function definirCommunes(db: Db, id: number, codes: readonly string[]) {
  const territoire = await repo.trouverTerritoire(db, id);
  if (!territoire) throw introuvable('territoire');
  const communes = communesValides(codes);
  await repo.fixerCommunesTerritoire(db, id, communes, new Date());
  return { id, communes };
}

export async function enregistrerSecteur(db: Db, s: Omit<repo.Secteur, 'id'>, id?: number) {
  if (id !== undefined && !(await repo.trouverSecteur(db, id))) throw introuvable('secteur');
  const territoire = await repo.trouverTerritoire(db, s.territoireId);
  if (!territoire) {
    throw new ErreurGuichet(422, 'TERRITOIRE_INCONNU', 'Ce territoire n’existe pas.', {
      erreurs: [{ champ: 'territoireId', code: 'TERRITOIRE_INCONNU', message: 'Choisissez un territoire existant.' }],
    });
  }
  await codeLibre(db, TABLE.secteurs, s.code, id);
  const communes = communesValides(s.communes);
  dansLeTerritoire(territoire, communes);
  return { id: await repo.enregistrerSecteur(db, { ...s, communes }, new Date(), id) };
}
