/**
 * A small run of the seed generator (part of `npm test`): it follows the schema, writes the expected shape and
 * leaves journals whose chain verifies. Postgres is required (REQUIRE_SERVICES=1 in CI); the full 200,000-dossier
 * run is `npm run seed` (see bench/README.md).
 */
import knexLib from 'knex';
import { verifierJournal } from '../../extensions/instruction/server/src/repositories/journal';
import { semer } from './generer';

const base = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

it('sème 600 dossiers sur 20 dispositifs avec historique, pièces, messages et journal intègre', async () => {
  const r = await semer({ base, nom: `guichet_seed_test_${process.pid}`, taille: { dossiers: 600, territoires: 10 } });
  const knex = knexLib({ client: 'pg', connection: r.url });
  try {
    expect(r.comptes).toMatchObject({
      dispositifs: 20,
      usagers: 150,
      individus: 150,
      dossiers: 600,
      historiques: 3000,
      pieces: 3000,
      // 0 to 6 messages per dossier in turn: 3 on average, 1,800 for 600 dossiers.
      messages: 1800,
      journal: 600,
      // 15 profils of two members; a third of those members' dossiers are filed for their profil.
      profils: 15,
      membres: 30,
    });
    expect(r.comptes.dossiersDeProfils).toBeGreaterThan(0);
    // A dossier filed for a profil was filed by one of its members (the citizen scope lets both see it).
    const horsProfil = await knex('instruction_dossiers as d')
      .whereNotNull('d.profil_id')
      .whereNotExists(
        knex('usagers_membres as m')
          .join('usagers_individus as i', 'i.id', 'm.individu_id')
          .whereRaw('m.profil_id = d.profil_id')
          .whereRaw('i.usager_id = d.usager_id'),
      )
      .count('* as n')
      .first();
    expect(Number(horsProfil!.n)).toBe(0);
    const parDispositif = await knex('instruction_dossiers')
      .select('dispositif_id')
      .count('* as n')
      .groupBy('dispositif_id');
    expect(parDispositif).toHaveLength(20);
    expect(parDispositif.every((l) => Number(l.n) === 30)).toBe(true);
    const statuts = await knex('instruction_dossiers').distinct('statut').orderBy('statut');
    expect(statuts.map((l) => l.statut)).toEqual(['accepte', 'en_instruction', 'recu', 'refuse']);
    const ids = await knex('instruction_dossiers').select('id').orderBy('id').limit(5);
    for (const { id } of ids) expect(await verifierJournal(knex, Number(id))).toEqual({ integre: true, entrees: 1 });
    // Every dossier points to an existing citizen and model version (the API can load them).
    const orphelins = await knex('instruction_dossiers as d')
      .leftJoin('up_users as u', 'u.id', 'd.usager_id')
      .leftJoin('formulaires_versions as v', 'v.id', 'd.modele_version_id')
      .whereNull('u.id')
      .orWhereNull('v.id')
      .count('* as n')
      .first();
    expect(Number(orphelins!.n)).toBe(0);
    // Every message belongs to an existing deposited dossier and is dated after its deposit, read after it was sent.
    const messagesOrphelins = await knex('instruction_messages as m')
      .leftJoin('instruction_dossiers as d', 'd.id', 'm.dossier_id')
      .where((q) => q.whereNull('d.id').orWhere('d.etat', 'brouillon').orWhereRaw('m.envoye_le < d.depose_le'))
      .orWhereRaw('m.lu_le < m.envoye_le')
      .count('* as n')
      .first();
    expect(Number(messagesOrphelins!.n)).toBe(0);
    const parDossier = await knex('instruction_messages')
      .select('dossier_id')
      .count('* as n')
      .groupBy('dossier_id')
      .orderBy('n', 'desc');
    expect(Number(parDossier[0]!.n)).toBe(6);
    // The citizen writes first, then each side in turn.
    const conversation = await knex('instruction_messages')
      .where({ dossier_id: parDossier[0]!.dossier_id })
      .orderBy('envoye_le')
      .orderBy('id');
    expect(conversation.map((m) => m.auteur)).toEqual(['usager', 'agent', 'usager', 'agent', 'usager', 'agent']);
    const nonLus = await knex('instruction_messages').whereNull('lu_le').count('* as n').first();
    expect(Number(nonLus!.n)).toBeGreaterThan(0);
    expect(Number(nonLus!.n)).toBeLessThan(1800 / 5);
  } finally {
    await knex.destroy();
    await r.supprimer();
  }
}, 120_000);
