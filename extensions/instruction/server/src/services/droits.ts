import type { Core } from '@strapi/strapi';
import { TABLE } from '../constants';
import { ErreurGuichet } from '../erreurs';
import * as repo from '../repositories/droits';
import { DROITS_HABILITATION, type DroitHabilitation, LIBELLES_DROITS } from '../repositories/habilitations';
import type { Db } from '../repositories/sql';
import { trouverSecteur, trouverTerritoire } from '../repositories/territoires';
import * as territoires from './droits-territoires';

/**
 * Services: profils métiers, matrice des habilitations, agents' profils and territoires, territoires (issue 4,
 * ADR 0013). Every write runs in one transaction; ids are checked before anything is written (422 listing them).
 */
const introuvable = (quoi: string) => new ErreurGuichet(404, 'INTROUVABLE', `Ce ${quoi} est introuvable.`);

function inconnus(champ: string, libelle: string, ids: number[]): ErreurGuichet {
  return new ErreurGuichet(422, 'REFERENCES_INCONNUES', `${libelle} inconnus : ${ids.join(', ')}.`, {
    erreurs: ids.map((id) => ({ champ, code: 'INCONNU', message: `${libelle} ${id} n’existe pas.` })),
  });
}

/** Ids among `ids` that have no row in `table`. */
async function absents(db: Db, table: string, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const trouves = new Set(
    (
      await db(table)
        .whereIn('id', [...new Set(ids)])
        .select('id')
    ).map((l: { id: unknown }) => Number(l.id)),
  );
  return [...new Set(ids)].filter((id) => !trouves.has(id)).sort((a, b) => a - b);
}

/** CSV for French spreadsheets: BOM, « ; » separator, quoted when needed, CRLF line ends. */
function ligneCsv(valeurs: string[]): string {
  return valeurs.map((v) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';');
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  async function dispositifs(db: Db) {
    const lignes = await db(TABLE.dispositifs).select('id', 'slug', 'titre').orderBy('titre');
    return lignes.map((l: Record<string, unknown>) => ({
      id: Number(l.id),
      slug: String(l.slug),
      titre: String(l.titre),
    }));
  }

  async function verifierCellules(db: Db, cellules: readonly repo.Cellule[]) {
    const profils = await absents(
      db,
      TABLE.profilsMetiers,
      cellules.map((c) => c.profilMetierId),
    );
    if (profils.length > 0) throw inconnus('profilMetierId', 'Profils métiers', profils);
    const disp = await absents(
      db,
      TABLE.dispositifs,
      cellules.map((c) => c.dispositifId),
    );
    if (disp.length > 0) throw inconnus('dispositifId', 'Dispositifs', disp);
  }

  return {
    listerProfils: () => repo.listerProfils(knex()),

    async creerProfil(profil: { code: string; libelle: string; description?: string | null }) {
      if (await repo.trouverProfilParCode(knex(), profil.code)) {
        throw new ErreurGuichet(409, 'CODE_DEJA_PRIS', `Le code « ${profil.code} » est déjà utilisé.`, {
          erreurs: [{ champ: 'code', code: 'CODE_DEJA_PRIS', message: `Le code « ${profil.code} » est déjà utilisé.` }],
        });
      }
      const id = await repo.creerProfil(knex(), { ...profil, description: profil.description ?? null }, new Date());
      return (await repo.trouverProfil(knex(), id))!;
    },

    async modifierProfil(id: number, profil: { code: string; libelle: string; description?: string | null }) {
      if (!(await repo.trouverProfil(knex(), id))) throw introuvable('profil métier');
      const meme = await repo.trouverProfilParCode(knex(), profil.code);
      if (meme && meme.id !== id) {
        throw new ErreurGuichet(409, 'CODE_DEJA_PRIS', `Le code « ${profil.code} » est déjà utilisé.`);
      }
      await repo.modifierProfil(knex(), id, { ...profil, description: profil.description ?? null }, new Date());
      return (await repo.trouverProfil(knex(), id))!;
    },

    async supprimerProfil(id: number) {
      if (!(await repo.trouverProfil(knex(), id))) throw introuvable('profil métier');
      await knex().transaction((trx) => repo.supprimerProfil(trx, id));
      return { id };
    },

    async matrice() {
      const db = knex();
      return {
        droits: DROITS_HABILITATION.map((code) => ({ code, libelle: LIBELLES_DROITS[code] })),
        profils: await repo.listerProfils(db),
        dispositifs: await dispositifs(db),
        cellules: await repo.lireMatrice(db),
      };
    },

    async ecrireCellule(cellule: repo.Cellule) {
      await knex().transaction(async (trx) => {
        await verifierCellules(trx, [cellule]);
        await repo.ecrireCellule(trx, cellule, new Date());
      });
      return cellule;
    },

    /** The whole matrix at once: what is not in `cellules` loses every right (atomic: all or nothing). */
    async remplacerMatrice(cellules: repo.Cellule[]) {
      const cles = cellules.map((c) => `${c.profilMetierId}:${c.dispositifId}`);
      if (new Set(cles).size !== cles.length) {
        throw new ErreurGuichet(
          422,
          'CELLULES_EN_DOUBLE',
          'Chaque couple profil × dispositif ne peut figurer qu’une fois.',
        );
      }
      await knex().transaction(async (trx) => {
        await verifierCellules(trx, cellules);
        await repo.viderMatrice(trx);
        const maintenant = new Date();
        for (const cellule of cellules) await repo.ecrireCellule(trx, cellule, maintenant);
      });
      return { cellules: await repo.lireMatrice(knex()) };
    },

    /** One line per profil × dispositif (every pair, « Non » where no right is held). */
    async exporterCsv(): Promise<string> {
      const db = knex();
      const [profils, disp, cellules] = [
        await repo.listerProfils(db),
        await dispositifs(db),
        await repo.lireMatrice(db),
      ];
      const parCle = new Map(cellules.map((c) => [`${c.profilMetierId}:${c.dispositifId}`, c.droits]));
      const lignes = [
        ligneCsv([
          'Profil métier',
          'Code profil',
          'Dispositif',
          'Slug dispositif',
          ...DROITS_HABILITATION.map((d) => LIBELLES_DROITS[d]),
        ]),
      ];
      for (const p of profils) {
        for (const d of disp) {
          const droits: readonly DroitHabilitation[] = parCle.get(`${p.id}:${d.id}`) ?? [];
          lignes.push(
            ligneCsv([
              p.libelle,
              p.code,
              d.titre,
              d.slug,
              ...DROITS_HABILITATION.map((x) => (droits.includes(x) ? 'Oui' : 'Non')),
            ]),
          );
        }
      }
      return `\uFEFF${lignes.join('\r\n')}\r\n`;
    },

    /** Admin users with their profils and territoires (agents without any are listed too, to be given some). */
    async listerAgents() {
      const utilisateurs = await strapi.db
        .query('admin::user')
        .findMany({ select: ['id', 'firstname', 'lastname', 'email'], orderBy: { email: 'asc' }, limit: 1000 });
      const affectations = new Map((await repo.listerAffectations(knex())).map((a) => [a.adminUserId, a]));
      return utilisateurs.map((u: { id: number; firstname?: string; lastname?: string; email: string }) => ({
        id: Number(u.id),
        nom: [u.firstname, u.lastname].filter(Boolean).join(' '),
        email: u.email,
        ...(affectations.get(Number(u.id)) ?? { profilMetierIds: [], territoireIds: [], secteurIds: [] }),
        adminUserId: Number(u.id),
      }));
    },

    async modifierAgent(adminUserId: number, corps: Omit<repo.AffectationsAgent, 'adminUserId'>) {
      const utilisateur = await strapi.db.query('admin::user').findOne({ where: { id: adminUserId } });
      if (!utilisateur) throw introuvable('agent');
      return knex().transaction(async (trx) => {
        const profils = await absents(trx, TABLE.profilsMetiers, corps.profilMetierIds);
        if (profils.length > 0) throw inconnus('profilMetierIds', 'Profils métiers', profils);
        const terr = await absents(trx, TABLE.territoires, corps.territoireIds);
        if (terr.length > 0) throw inconnus('territoireIds', 'Territoires', terr);
        const territoireDuSecteur = new Map<number, number>();
        for (const secteurId of corps.secteurIds) {
          const secteur = await trouverSecteur(trx, secteurId);
          if (!secteur) throw inconnus('secteurIds', 'Secteurs', [secteurId]);
          if (!corps.territoireIds.includes(secteur.territoireId)) {
            const territoire = await trouverTerritoire(trx, secteur.territoireId);
            throw new ErreurGuichet(
              422,
              'SECTEUR_HORS_TERRITOIRES',
              `Le secteur « ${secteur.nom} » appartient au territoire « ${territoire?.nom ?? secteur.territoireId} », que l’agent n’a pas.`,
              {
                erreurs: [
                  { champ: 'secteurIds', code: 'SECTEUR_HORS_TERRITOIRES', message: 'Ajoutez d’abord son territoire.' },
                ],
              },
            );
          }
          territoireDuSecteur.set(secteurId, secteur.territoireId);
        }
        await repo.remplacerAffectations(trx, { adminUserId, ...corps }, territoireDuSecteur, new Date());
        return repo.lireAffectations(trx, adminUserId);
      });
    },

    /**
     * Gives an agent the rights `droits` on dispositifs through a profil métier of their own (creating the profil
     * and its cells), keeping their other profils; optionally limits them to territoires. Used by the demo seed and
     * the tests' `creerAgent`.
     */
    async habiliterAgent(options: {
      adminUserId: number;
      profil: { code: string; libelle: string };
      dispositifIds: readonly number[];
      droits: readonly DroitHabilitation[];
      territoireIds?: readonly number[];
    }) {
      await knex().transaction(async (trx) => {
        const maintenant = new Date();
        const existant = await repo.trouverProfilParCode(trx, options.profil.code);
        const profilId =
          existant?.id ?? (await repo.creerProfil(trx, { ...options.profil, description: null }, maintenant));
        for (const dispositifId of options.dispositifIds) {
          await repo.ecrireCellule(
            trx,
            { profilMetierId: profilId, dispositifId, droits: [...options.droits] },
            maintenant,
          );
        }
        await repo.ajouterProfilAgent(trx, options.adminUserId, profilId, maintenant);
        if (options.territoireIds) {
          const actuelles = await repo.lireAffectations(trx, options.adminUserId);
          const limites = { ...actuelles, territoireIds: [...options.territoireIds], secteurIds: [] };
          await repo.remplacerAffectations(trx, limites, new Map(), maintenant);
        }
      });
    },

    territoires: () => territoires.lister(knex()),
    enregistrerType: (type: { code: string; libelle: string; sectorisation: boolean }) =>
      territoires.enregistrerType(knex(), type),
    enregistrerTerritoire: (t: { code: string; nom: string; typeCode: string; communes: string[] }, id?: number) =>
      territoires.enregistrerTerritoire(knex(), t, id),
    definirCommunes: (id: number, communes: string[]) => territoires.definirCommunes(knex(), id, communes),
    enregistrerSecteur: (s: { code: string; nom: string; territoireId: number; communes: string[] }, id?: number) =>
      territoires.enregistrerSecteur(knex(), s, id),
  };
};
