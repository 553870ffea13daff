/**
 * Justificatifs asked after deposit (issue 4): a statut's `demander_justificatif` action creates one request per
 * outbox row (a replayed row creates none), the citizen sees it and answers with a file (attached, journaled, scoped
 * to them), a double submit is refused with 409, an agent cancels a pending one.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Guide, Statut } from '../../extensions/instruction/domain';
import { attendre } from './helpers/attendre';
import { deposerDossier } from './helpers/depot';
import { creerAgent, creerUsager, PDF_MINIMAL } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let agent: { id: number; jeton: string };
let lecteur: { id: number; jeton: string };

const knex = () => instance.strapi.db.connection;
const api = () => request(instance.http);
const TABLE = 'instruction_demandes_justificatifs';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

const statut = (code: string, actions: Statut['actions'], transitions: string[] = []): Statut => ({
  code,
  libelle: code,
  visibleUsager: true,
  cloture: false,
  transitions: transitions.map((vers) => ({ vers })),
  actions,
});

const guide: Guide = {
  statutDepot: 'recu',
  etapes: [
    { code: 'depot', libelle: 'Dépôt', statuts: [statut('recu', [], ['pieces_demandees'])] },
    {
      code: 'instruction',
      libelle: 'Instruction',
      statuts: [
        statut('pieces_demandees', [
          { type: 'demander_justificatif', typeDocument: 'rib', message: 'Merci de joindre un RIB à votre nom.' },
          { type: 'demander_justificatif', typeDocument: 'statuts', message: 'Les statuts signés de l’association.' },
        ]),
      ],
    },
  ],
};

beforeAll(async () => {
  instance = await demarrerStrapi();
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  agent = await creerAgent(instance.strapi, 'demandes@agents.test', [dispositifId]);
  lecteur = await creerAgent(instance.strapi, 'demandes-lecteur@agents.test', [dispositifId], ['voir']);
  await knex()('instruction_dispositifs')
    .where({ id: dispositifId })
    .update({ guide: JSON.stringify(guide) });
});
afterAll(async () => {
  await instance?.arreter();
});

const dossierDe = async (numero: string) => knex()('instruction_dossiers').where({ numero }).first();

async function journal(numero: string) {
  const { id } = await dossierDe(numero);
  const lignes = await knex()('instruction_journal').where({ dossier_id: id }).orderBy('sequence');
  return lignes.map((l: { action: string; details: unknown; acteur_type: string }) => ({
    action: l.action,
    acteur: l.acteur_type,
    details: typeof l.details === 'string' ? JSON.parse(l.details) : l.details,
  }));
}

async function lignesOutbox(numero: string) {
  const { id } = await dossierDe(numero);
  return knex()('instruction_outbox').where({ dossier_id: id }).orderBy('id');
}

/** A deposited dossier moved to « pieces_demandees », its two actions delivered. */
async function dossierAvecDemandes(sub: string) {
  const usager = await creerUsager(instance.strapi, sub);
  const numero = await deposerDossier(instance.strapi, usager);
  const { version } = await dossierDe(numero);
  await api()
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set({ Authorization: `Bearer ${agent.jeton}` })
    .send({ vers: 'pieces_demandees', version: Number(version) })
    .expect(200);
  const lignes = await attendre(async () => {
    const l = await lignesOutbox(numero);
    return l.length === 2 && l.every((x: { etat: string }) => x.etat === 'livre') ? l : false;
  }, `actions livrées pour ${numero}`);
  return { usager, numero, lignes };
}

/** Every file in the private storage (FICHIERS_DIR, set by demarrerStrapi). */
const fichiersStockes = () =>
  (readdirSync(process.env.FICHIERS_DIR!, { recursive: true }) as string[]).filter((f) =>
    statSync(path.join(process.env.FICHIERS_DIR!, f)).isFile(),
  );
const auth = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
/** The citizen's or the agent's list, by document type (the two actions may have run in either order). */
const parType = <T extends { typeDocument: string }>(demandes: T[]) =>
  [...demandes].sort((a, b) => a.typeDocument.localeCompare(b.typeDocument));
const demandesUsager = async (numero: string, jwt: string) =>
  parType((await api().get(`/api/usagers/dossiers/${numero}`).set(auth(jwt)).expect(200)).body.data.demandes);

describe('action demander_justificatif', () => {
  it('crée une demande par ligne, une seule fois même si la ligne est rejouée', async () => {
    const { numero, lignes } = await dossierAvecDemandes('sub-demande-rejeu');
    const { id, version } = await dossierDe(numero);
    // The two rows may run in either order (a Redis worker runs them concurrently): compare by outbox key.
    const cles = lignes.map((l: { cle: string }) => l.cle).sort();
    const creees = await knex()(TABLE).where({ dossier_id: id }).orderBy('cle_outbox');
    expect(creees.map((d: { cle_outbox: string }) => d.cle_outbox)).toEqual(cles);
    expect(creees.map((d: { etat: string }) => d.etat)).toEqual(['en_attente', 'en_attente']);
    expect(creees.map((d: { type_document: string }) => d.type_document).sort()).toEqual(['rib', 'statuts']);
    const effets = instance.strapi.plugin('instruction').service('effets');
    for (const ligne of lignes) {
      await effets.executer({
        id: Number(ligne.id),
        cle: ligne.cle,
        dossierId: Number(ligne.dossier_id),
        historiqueId: Number(ligne.historique_id),
        type: ligne.type,
        payload: typeof ligne.payload === 'string' ? JSON.parse(ligne.payload) : ligne.payload,
        etat: 'en_cours',
        tentatives: 1,
      });
    }
    expect(await knex()(TABLE).where({ dossier_id: id })).toHaveLength(2);
    expect(Number((await dossierDe(numero)).version)).toBe(Number(version));
    const demandes = (await journal(numero)).filter((e) => e.action === 'dossier.justificatif_demande');
    expect(demandes).toHaveLength(2);
    const rib = creees.find((d: { type_document: string }) => d.type_document === 'rib');
    expect(demandes.find((e) => e.details.typeDocument === 'rib')).toMatchObject({
      acteur: 'systeme',
      details: { demandeId: Number(rib.id), cle: rib.cle_outbox },
    });
  });
});

describe('réponse de l’usager', () => {
  it('voit les demandes ouvertes, envoie un fichier : pièce jointe, demande fournie, journal ; double envoi → 409', async () => {
    const { usager, numero } = await dossierAvecDemandes('sub-demande-reponse');
    const demandes = await demandesUsager(numero, usager.jwt);
    expect(demandes).toEqual([
      expect.objectContaining({ typeDocument: 'rib', message: 'Merci de joindre un RIB à votre nom.' }),
      expect.objectContaining({ typeDocument: 'statuts' }),
    ]);
    expect(demandes[0]).not.toHaveProperty('cleOutbox');
    const [rib] = demandes;
    const { version } = await dossierDe(numero);

    const envoi = await api()
      .post(`/api/usagers/dossiers/${numero}/demandes/${rib.id}/piece`)
      .set(auth(usager.jwt))
      .attach('fichier', PDF_MINIMAL, 'rib.pdf')
      .expect(201);
    expect(envoi.body.data).toMatchObject({ nom: 'rib.pdf', type: 'application/pdf', nature: 'justificatif' });
    const ligne = await knex()(TABLE).where({ id: rib.id }).first();
    expect(ligne).toMatchObject({ etat: 'fournie', piece_id: envoi.body.data.id });
    expect(ligne.fournie_le).not.toBeNull();
    expect(Number((await dossierDe(numero)).version)).toBe(Number(version) + 1);
    expect((await journal(numero)).at(-1)).toMatchObject({
      action: 'dossier.justificatif_fourni',
      acteur: 'usager',
      details: { demandeId: rib.id, typeDocument: 'rib', pieceId: envoi.body.data.id },
    });
    const apres = (await api().get(`/api/usagers/dossiers/${numero}`).set(auth(usager.jwt)).expect(200)).body.data;
    expect(apres.demandes.map((d: { typeDocument: string }) => d.typeDocument)).toEqual(['statuts']);
    expect(apres.pieces.map((p: { id: number }) => p.id)).toContain(envoi.body.data.id);
    const fichier = await api()
      .get(`/api/usagers/dossiers/${numero}/pieces/${envoi.body.data.id}/fichier`)
      .set(auth(usager.jwt))
      .expect(200);
    expect(Buffer.from(fichier.body).subarray(0, 5).toString()).toBe('%PDF-');

    const double = await api()
      .post(`/api/usagers/dossiers/${numero}/demandes/${rib.id}/piece`)
      .set(auth(usager.jwt))
      .attach('fichier', PDF_MINIMAL, 'rib-encore.pdf')
      .expect(409);
    expect(double.body.error).toMatchObject({
      name: 'DEMANDE_DEJA_FOURNIE',
      message: 'Vous avez déjà envoyé la pièce demandée.',
    });
    const { id } = await dossierDe(numero);
    expect(await knex()('instruction_pieces').where({ dossier_id: id, nom: 'rib-encore.pdf' })).toHaveLength(0);

    // Two answers racing (double click): one wins, the other gets 409 and leaves no file behind in storage.
    const statuts = demandes[1];
    const fichiersAvant = fichiersStockes().length;
    const course = await Promise.all(
      ['a.pdf', 'b.pdf'].map((nom) =>
        api()
          .post(`/api/usagers/dossiers/${numero}/demandes/${statuts.id}/piece`)
          .set(auth(usager.jwt))
          .attach('fichier', PDF_MINIMAL, nom),
      ),
    );
    expect(course.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      await knex()('instruction_pieces').where({ dossier_id: id }).whereIn('nom', ['a.pdf', 'b.pdf']),
    ).toHaveLength(1);
    expect(fichiersStockes().length).toBe(fichiersAvant + 1);
  });

  it('fichier refusé (format, vide, absent) → 422 en français ; demande inchangée', async () => {
    const { usager, numero } = await dossierAvecDemandes('sub-demande-mauvais');
    const [rib] = await demandesUsager(numero, usager.jwt);
    const url = `/api/usagers/dossiers/${numero}/demandes/${rib.id}/piece`;
    const html = await api()
      .post(url)
      .set(auth(usager.jwt))
      .attach('fichier', Buffer.from('<html><script>alert(1)</script></html>'), {
        filename: 'rib.pdf',
        contentType: 'application/pdf',
      })
      .expect(422);
    expect(html.body.error.details.erreurs).toEqual([
      { champ: 'fichier', code: 'FORMAT_REFUSE', message: 'Le fichier doit être au format PDF, PNG ou JPEG.' },
    ]);
    const vide = await api().post(url).set(auth(usager.jwt)).attach('fichier', Buffer.alloc(0), 'vide.pdf').expect(422);
    expect(vide.body.error.message).toBe('Le fichier choisi est vide.');
    const absent = await api().post(url).set(auth(usager.jwt)).field('autre', 'x').expect(422);
    expect(absent.body.error.message).toBe('Choisissez un fichier à envoyer.');
    expect(await knex()(TABLE).where({ id: rib.id }).first()).toMatchObject({ etat: 'en_attente', piece_id: null });
    // A PNG is accepted (magic bytes, whatever the declared name).
    await api().post(url).set(auth(usager.jwt)).attach('fichier', PNG, 'photo-rib').expect(201);
  });

  it('un autre usager, une demande d’un autre dossier ou un id mal formé → 404', async () => {
    const { usager, numero } = await dossierAvecDemandes('sub-demande-proprietaire');
    const autre = await dossierAvecDemandes('sub-demande-autre');
    const [rib] = await demandesUsager(numero, usager.jwt);
    const envoyer = (jwt: string, num: string, id: string | number) =>
      api()
        .post(`/api/usagers/dossiers/${num}/demandes/${id}/piece`)
        .set(auth(jwt))
        .attach('fichier', PDF_MINIMAL, 'rib.pdf');
    expect((await envoyer(autre.usager.jwt, numero, rib.id)).status).toBe(404);
    // The other citizen's own dossier does not make this request theirs.
    const croisee = await envoyer(autre.usager.jwt, autre.numero, rib.id);
    expect(croisee.status).toBe(404);
    expect(croisee.body.error.message).toBe('Cette demande de pièce est introuvable.');
    expect((await envoyer(usager.jwt, numero, '1e3')).status).toBe(404);
    expect(await knex()(TABLE).where({ id: rib.id }).first()).toMatchObject({ etat: 'en_attente' });
  });
});

describe('côté agent', () => {
  it('voit les demandes et leur état, annule une demande en attente (journalisé) ; sans « instruire » → 403', async () => {
    const { usager, numero } = await dossierAvecDemandes('sub-demande-annulation');
    const detail = (
      await api()
        .get(`/instruction/dossiers/${numero}`)
        .set({ Authorization: `Bearer ${agent.jeton}` })
        .expect(200)
    ).body.data;
    expect(parType(detail.demandes)).toEqual([
      expect.objectContaining({ typeDocument: 'rib', etat: 'en_attente', pieceId: null }),
      expect.objectContaining({ typeDocument: 'statuts', etat: 'en_attente' }),
    ]);
    const [rib, statuts] = parType(detail.demandes as Array<{ id: number; typeDocument: string }>);
    const url = `/instruction/dossiers/${numero}/demandes/${rib.id}/annulation`;

    const refus = await api()
      .post(url)
      .set({ Authorization: `Bearer ${lecteur.jeton}` })
      .send({ version: detail.version });
    expect(refus.status).toBe(403);
    const perimee = await api()
      .post(url)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .send({ version: detail.version - 1 })
      .expect(409);
    expect(perimee.body.error.name).toBe('VERSION_PERIMEE');

    const annule = await api()
      .post(url)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .send({ version: detail.version })
      .expect(200);
    expect(annule.body.data.demandes.find((d: { id: number }) => d.id === rib.id)).toMatchObject({ etat: 'annulee' });
    expect(annule.body.data.version).toBe(detail.version + 1);
    expect((await journal(numero)).at(-1)).toMatchObject({
      action: 'dossier.justificatif_annule',
      acteur: 'agent',
      details: { demandeId: rib.id, typeDocument: 'rib' },
    });
    const encore = await api()
      .post(url)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .send({ version: annule.body.data.version })
      .expect(409);
    expect(encore.body.error.name).toBe('DEMANDE_ANNULEE');

    // The citizen no longer sees it and cannot answer it.
    const vue = (await api().get(`/api/usagers/dossiers/${numero}`).set(auth(usager.jwt))).body.data;
    expect(vue.demandes.map((d: { id: number }) => d.id)).toEqual([statuts.id]);
    await api()
      .post(`/api/usagers/dossiers/${numero}/demandes/${rib.id}/piece`)
      .set(auth(usager.jwt))
      .attach('fichier', PDF_MINIMAL, 'rib.pdf')
      .expect(409);

    // An agent without this dossier in scope: 404.
    const ailleurs = await creerAgent(instance.strapi, 'demandes-ailleurs@agents.test', []);
    await api()
      .post(`/instruction/dossiers/${numero}/demandes/${statuts.id}/annulation`)
      .set({ Authorization: `Bearer ${ailleurs.jeton}` })
      .send({ version: annule.body.data.version })
      .expect(404);
  });
});
