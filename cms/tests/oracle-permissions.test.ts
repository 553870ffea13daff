import request from 'supertest';
import { inserer, nouveauDocumentId } from '../../extensions/instruction/server/src/repositories/sql';
import { deposerDossier } from './helpers/depot';
import { ecouter } from './helpers/ecoute';
import { creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * Permission oracle (issue 5): for 10,000 random (user, dossier) pairs — citizens, citizens who are members of a
 * profil (association, famille) the dossier is filed for, agents of several profils métiers (one holding two), agents
 * limited to territoires, an agent without any right — what the API lets through equals what an independent SQL query
 * says: 0 leaks, 0 false denials. Agents' and citizens' lists are compared with the oracle too. Dossiers vary over
 * dispositif, territoire (or none), owner, profil (or none), state (drafts, closed) and soft deletion.
 */
let instance: Instance;
let url: string;
const knex = () => instance.strapi.db.connection;

interface Utilisateur {
  nom: string;
  type: 'agent' | 'usager';
  id: number;
  jeton: string;
}
const utilisateurs: Utilisateur[] = [];
const dossiers: { id: number; numero: string }[] = [];
const N_DOSSIERS = 840;
const N_PAIRES = 10_000;

/** A small deterministic generator: the same data and pairs on every run (failures can be replayed). */
function aleatoire(graine: number) {
  let etat = graine >>> 0;
  return (n: number) => {
    etat = (Math.imul(etat, 1664525) + 1013904223) >>> 0;
    // The high bits: an LCG's low bits repeat with a tiny period (draws modulo 4 would follow draws modulo 5).
    return (etat >>> 8) % n;
  };
}

function copie(ligne: Record<string, unknown>, changements: Record<string, unknown>) {
  const resultat: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(ligne)) {
    if (cle === 'id') continue;
    resultat[cle] =
      valeur !== null && typeof valeur === 'object' && !(valeur instanceof Date) ? JSON.stringify(valeur) : valeur;
  }
  return { ...resultat, document_id: nouveauDocumentId(), ...changements };
}

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  url = await ecouter(instance);
  const { strapi } = instance;
  const { dispositifId: d1 } = await strapi.plugin('instruction').service('demo').seed();
  const demo = await knex()('instruction_dispositifs').where({ id: d1 }).first();
  const d2 = await inserer(knex(), 'instruction_dispositifs', copie(demo, { slug: 'oracle-deux', titre: 'Deux' }));
  const d3 = await inserer(knex(), 'instruction_dispositifs', copie(demo, { slug: 'oracle-trois', titre: 'Trois' }));
  const maintenant = new Date();
  const territoire = (code: string) =>
    inserer(knex(), 'instruction_territoires', {
      document_id: nouveauDocumentId(),
      created_at: maintenant,
      updated_at: maintenant,
      published_at: maintenant,
      code,
      nom: `Territoire ${code}`,
      type_code: 'mds',
      communes: '[]',
    });
  const [t1, t2, t3] = [await territoire('T1'), await territoire('T2'), await territoire('T3')];

  const agents: Array<[string, number[], string[], number[] | undefined]> = [
    ['tout-d1', [d1], ['voir', 'instruire', 'decider'], undefined],
    ['voir-d1-d2-t1', [d1, d2], ['voir'], [t1]],
    ['d2-t2-t3', [d2], ['voir', 'instruire'], [t2, t3]],
    ['d3-t3', [d3], ['voir'], [t3]],
    ['instruire-sans-voir-d1', [d1], ['instruire', 'decider'], undefined],
    ['aucun-droit', [], [], undefined],
  ];
  for (const [nom, ids, droits, territoires] of agents) {
    const a = await creerAgent(strapi, `${nom}@oracle.test`, ids, droits, territoires);
    utilisateurs.push({ nom, type: 'agent', id: a.id, jeton: a.jeton });
  }
  // Two profils for one agent: rights add up (d1 by the first, d3 by the shared « commun » profil).
  const multi = await creerAgent(strapi, 'deux-profils@oracle.test', [d1], ['voir'], [t1, t2]);
  await strapi
    .plugin('instruction')
    .service('droits')
    .habiliterAgent({
      adminUserId: multi.id,
      profil: { code: 'commun-oracle', libelle: 'Commun' },
      dispositifIds: [d3],
      droits: ['voir'],
    });
  utilisateurs.push({ nom: 'deux-profils', type: 'agent', id: multi.id, jeton: multi.jeton });

  const usagers = [];
  for (let i = 0; i < 5; i++) {
    const u = await creerUsager(strapi, `sub-oracle-${i}`, 'Oracle', `Usager${i}`);
    usagers.push(u);
    utilisateurs.push({ nom: `usager-${i}`, type: 'usager', id: u.id, jeton: u.jwt });
  }

  // Profils and their members: usager-1 and usager-2 belong to « asso », usager-3 to « famille » (through the
  // individu their account is); an individu without account belongs to both; usager-4's individu to none.
  const meta = () => ({ document_id: nouveauDocumentId(), created_at: maintenant, updated_at: maintenant });
  const individu = (usagerId: number | null) =>
    inserer(knex(), 'usagers_individus', { ...meta(), type: 'adulte', nom: 'Membre', usager_id: usagerId });
  const profil = (type: string) => inserer(knex(), 'usagers_profils', { ...meta(), type, nom: `Profil ${type}` });
  const [asso, famille] = [await profil('association'), await profil('famille')];
  const sansCompte = await individu(null);
  await individu(usagers[4]!.id);
  for (const [profilId, individuId] of [
    [asso, await individu(usagers[1]!.id)],
    [asso, await individu(usagers[2]!.id)],
    [famille, await individu(usagers[3]!.id)],
    [asso, sansCompte],
    [famille, sansCompte],
  ]) {
    await inserer(knex(), 'usagers_membres', { ...meta(), profil_id: profilId, individu_id: individuId });
  }

  const numeroModele = await deposerDossier(strapi, usagers[0]!);
  const modele = await knex()('instruction_dossiers').where({ numero: numeroModele }).first();
  dossiers.push({ id: Number(modele.id), numero: numeroModele });
  const tirer = aleatoire(20261128);
  await knex().transaction(async (trx) => {
    for (let i = 1; i < N_DOSSIERS; i++) {
      const numero = `2026-8${String(i).padStart(6, '0')}`;
      const etat = ['depose', 'depose', 'depose', 'brouillon', 'cloture'][tirer(5)];
      const id = await inserer(
        trx,
        'instruction_dossiers',
        copie(modele, {
          numero,
          cle_depot: `oracle-${i}`,
          dispositif_id: [d1, d2, d3][tirer(3)],
          territoire_id: [null, t1, t2, t3][tirer(4)],
          usager_id: usagers[tirer(5)]!.id,
          profil_id: [null, null, asso, famille][tirer(4)],
          etat,
          statut: etat === 'brouillon' ? null : modele.statut,
          supprime_le: tirer(10) === 0 ? maintenant : null,
        }),
      );
      dossiers.push({ id, numero });
    }
  });
}, 180_000);
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

/**
 * The oracle, written independently of repositories/dossiers.ts: every (user, dossier) pair the rules allow.
 * Agent: not deleted, not a draft, « voir » on the dispositif through any of their profils, and the dossier in one of
 * their territoires unless they have none. Citizen: their own dossier, or one filed for a profil whose members
 * include an individu that is their account; not deleted.
 */
async function oracle(): Promise<Set<string>> {
  const agents = await knex().raw(
    `SELECT ap.admin_user_id AS u, d.id AS d
       FROM instruction_dossiers d
       JOIN instruction_matrice_habilitations m ON m.dispositif_id = d.dispositif_id AND m.voir = ?
       JOIN instruction_agents_profils ap ON ap.profil_metier_id = m.profil_metier_id
      WHERE d.supprime_le IS NULL AND d.etat <> 'brouillon'
        AND (NOT EXISTS (SELECT 1 FROM instruction_agents_perimetres p WHERE p.admin_user_id = ap.admin_user_id)
             OR d.territoire_id IN (SELECT p.territoire_id FROM instruction_agents_perimetres p
                                     WHERE p.admin_user_id = ap.admin_user_id))`,
    [true],
  );
  const usagers = await knex().raw(
    `SELECT usager_id AS u, id AS d FROM instruction_dossiers WHERE supprime_le IS NULL
     UNION
     SELECT i.usager_id AS u, d.id AS d
       FROM instruction_dossiers d
       JOIN usagers_membres m ON m.profil_id = d.profil_id
       JOIN usagers_individus i ON i.id = m.individu_id
      WHERE d.supprime_le IS NULL AND i.usager_id IS NOT NULL`,
  );
  const lignes = (r: { rows?: unknown[] } | unknown[]) =>
    (Array.isArray(r) ? r : (r.rows ?? [])) as { u: number; d: number }[];
  return new Set([
    ...lignes(agents).map((l) => `agent:${Number(l.u)}:${Number(l.d)}`),
    ...lignes(usagers).map((l) => `usager:${Number(l.u)}:${Number(l.d)}`),
  ]);
}

function demander(u: Utilisateur, numero: string) {
  const chemin = u.type === 'agent' ? `/instruction/dossiers/${numero}` : `/api/usagers/dossiers/${numero}`;
  return request(url)
    .get(chemin)
    .set({ Authorization: `Bearer ${u.jeton}` });
}

it('10 000 paires (utilisateur, dossier) : l’API autorise exactement ce que dit l’oracle SQL', async () => {
  const permis = await oracle();
  const tirer = aleatoire(7);
  const paires = Array.from({ length: N_PAIRES }, () => ({
    u: utilisateurs[tirer(utilisateurs.length)]!,
    d: dossiers[tirer(dossiers.length)]!,
  }));
  const fuites: string[] = [];
  const refusAbusifs: string[] = [];
  const autres: string[] = [];
  // A pair drawn twice is asked once: the answer depends only on the pair (≈ 6,300 distinct requests).
  const reponses = new Map<string, Promise<number>>();
  const statut = (u: Utilisateur, numero: string) => {
    const cle = `${u.nom}:${numero}`;
    if (!reponses.has(cle))
      reponses.set(
        cle,
        demander(u, numero).then((r) => r.status),
      );
    return reponses.get(cle)!;
  };
  for (let debut = 0; debut < paires.length; debut += 16) {
    await Promise.all(
      paires.slice(debut, debut + 16).map(async ({ u, d }) => {
        const r = { status: await statut(u, d.numero) };
        const attendu = permis.has(`${u.type}:${u.id}:${d.id}`);
        if (r.status === 200 && !attendu) fuites.push(`${u.nom} → ${d.numero}`);
        else if (r.status === 404 && attendu) refusAbusifs.push(`${u.nom} → ${d.numero}`);
        else if (r.status !== 200 && r.status !== 404) autres.push(`${u.nom} → ${d.numero} : ${r.status}`);
      }),
    );
  }
  expect({ fuites, refusAbusifs, autres }).toEqual({ fuites: [], refusAbusifs: [], autres: [] });
  // The sample is not trivial: both answers occur for agents and for citizens.
  const attendus = paires.map(({ u, d }) => `${u.type}:${permis.has(`${u.type}:${u.id}:${d.id}`)}`);
  expect(new Set(attendus)).toEqual(new Set(['agent:true', 'agent:false', 'usager:true', 'usager:false']));
}, 300_000);

it('la liste de chaque agent contient exactement les dossiers que l’oracle lui permet', async () => {
  const permis = await oracle();
  for (const u of utilisateurs.filter((x) => x.type === 'agent')) {
    const vus: number[] = [];
    let avant: number | undefined;
    for (;;) {
      const r = await request(url)
        .get('/instruction/dossiers')
        .query({ limite: 100, ...(avant ? { avant } : {}) })
        .set({ Authorization: `Bearer ${u.jeton}` })
        .expect(200);
      const page = r.body.data as { numero: string }[];
      vus.push(...page.map((x) => dossiers.find((d) => d.numero === x.numero)!.id));
      avant = r.body.meta.suivant ?? undefined;
      if (!avant) break;
    }
    const attendus = dossiers.filter((d) => permis.has(`agent:${u.id}:${d.id}`)).map((d) => d.id);
    expect([u.nom, vus.sort((a, b) => a - b)]).toEqual([u.nom, attendus.sort((a, b) => a - b)]);
  }
}, 120_000);

it('la liste de chaque usager contient les 100 derniers dossiers que l’oracle lui permet (les siens et ceux de ses profils)', async () => {
  const permis = await oracle();
  for (const u of utilisateurs.filter((x) => x.type === 'usager')) {
    const r = await request(url)
      .get('/api/usagers/dossiers')
      .set({ Authorization: `Bearer ${u.jeton}` })
      .expect(200);
    const vus = (r.body.data as { numero: string }[]).map((x) => dossiers.find((d) => d.numero === x.numero)!.id);
    const attendus = dossiers
      .filter((d) => permis.has(`usager:${u.id}:${d.id}`))
      .map((d) => d.id)
      .sort((a, b) => b - a)
      .slice(0, 100);
    expect([u.nom, [...vus].sort((a, b) => b - a)]).toEqual([u.nom, attendus]);
  }
  // Members see more than their own: the profils widen the scope of usager-1, 2 and 3, not of usager-4.
  const propres = (u: Utilisateur) => dossiers.filter((d) => permis.has(`usager:${u.id}:${d.id}`)).length;
  const parNom = (nom: string) => utilisateurs.find((x) => x.nom === nom)!;
  expect(propres(parNom('usager-1'))).toBeGreaterThan(propres(parNom('usager-4')) + 50);
}, 120_000);
