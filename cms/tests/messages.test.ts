/**
 * The conversation of a dossier (issue « Conversation »): the citizen and the agents exchange text messages on a
 * deposited dossier while its conversation is open. Scope (404), rights (403), French 422 per field, idempotent sends
 * (even five at once), read marks, the sealed journal (never the text) and the citizen's e-mail (never the text).
 */
import request from 'supertest';
import { startSmtpCatcher, type SmtpCatcher } from '../../tools/smtp-catcher/src/catcher';
import { attendre } from './helpers/attendre';
import { deposerDossier } from './helpers/depot';
import { ecouter } from './helpers/ecoute';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let catcher: SmtpCatcher;
let agent: { id: number; jeton: string };
let lecteur: { id: number; jeton: string };
let etranger: { id: number; jeton: string };

const knex = () => instance.strapi.db.connection;
let url: string;
const api = () => request(url);
const auth = (jeton: string) => ({ Authorization: `Bearer ${jeton}` });
const TABLE = 'instruction_messages';
const AGENT_EMAIL = 'claire.dubois@agents.test';

beforeAll(async () => {
  catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(catcher.smtpPort);
  process.env.SMTP_IGNORE_TLS = 'true';
  instance = await demarrerStrapi();
  url = await ecouter(instance);
  // The demo's templates: the deposit's own e-mail is delivered, not retried in the background of every test.
  await instance.strapi.plugin('editique').service('demo').seed();
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  agent = await creerAgent(instance.strapi, AGENT_EMAIL, [dispositifId]);
  await instance.strapi.db
    .query('admin::user')
    .update({ where: { id: agent.id }, data: { firstname: 'Claire', lastname: 'Dubois' } });
  lecteur = await creerAgent(instance.strapi, 'messages-lecteur@agents.test', [dispositifId], ['voir']);
  etranger = await creerAgent(instance.strapi, 'messages-etranger@agents.test', []);
});
afterAll(async () => {
  await instance?.arreter();
  await catcher?.close();
});

const dossierDe = async (numero: string) => knex()('instruction_dossiers').where({ numero }).first();

async function journal(numero: string) {
  const { id } = await dossierDe(numero);
  const lignes = await knex()('instruction_journal').where({ dossier_id: id }).orderBy('sequence');
  return lignes.map((l: { action: string; details: unknown; acteur_type: string; acteur_nom: string }) => ({
    action: l.action,
    acteur: l.acteur_type,
    nom: l.acteur_nom,
    details: typeof l.details === 'string' ? JSON.parse(l.details) : l.details,
  }));
}

/** The outbox rows of the « message received » e-mails (the demo's deposit also queues an e-mail of its own). */
const notifications = (dossierId: number) =>
  knex()('instruction_outbox').where({ dossier_id: dossierId }).where('cle', 'like', 'message:%').orderBy('id');

async function dossierDepose(sub: string) {
  const usager = await creerUsager(instance.strapi, sub);
  const numero = await deposerDossier(instance.strapi, usager);
  return { usager, numero };
}

const ecrireUsager = (numero: string, jwt: string, corps: unknown, cle?: string) => {
  const r = api().post(`/api/usagers/dossiers/${numero}/messages`).set(auth(jwt));
  if (cle) r.set('Idempotency-Key', cle);
  return r.send({ corps });
};
const ecrireAgent = (numero: string, jeton: string, corps: unknown, cle?: string) => {
  const r = api().post(`/instruction/dossiers/${numero}/messages`).set(auth(jeton));
  if (cle) r.set('Idempotency-Key', cle);
  return r.send({ corps });
};
const basculer = (numero: string, jeton: string, ouverte: unknown) =>
  api().put(`/instruction/dossiers/${numero}/conversation`).set(auth(jeton)).send({ ouverte });

describe('périmètre et droits', () => {
  it('refuses a brouillon with 409 DOSSIER_NON_DEPOSE', async () => {
    const usager = await creerUsager(instance.strapi, 'sub-msg-brouillon');
    const { numero } = (
      await api()
        .post('/api/usagers/dossiers')
        .set(auth(usager.jwt))
        .send({ dispositif: 'aide-projets-associatifs' })
        .expect(201)
    ).body.data;
    const lecture = await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).expect(409);
    expect(lecture.body.error.name).toBe('DOSSIER_NON_DEPOSE');
    await ecrireUsager(numero, usager.jwt, 'Bonjour').expect(409);
    expect(await compter(instance.strapi, TABLE, { dossier_id: (await dossierDe(numero)).id })).toBe(0);
  });

  it('answers 404 to another citizen and to an agent outside the portfolio, 403 without « instruire »', async () => {
    const { numero } = await dossierDepose('sub-msg-perimetre');
    const autre = await creerUsager(instance.strapi, 'sub-msg-autre');
    await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(autre.jwt)).expect(404);
    await ecrireUsager(numero, autre.jwt, 'Je ne devrais pas pouvoir écrire ici.').expect(404);
    await api().get('/api/usagers/dossiers/0000-000000/messages').set(auth(autre.jwt)).expect(404);
    await api().get(`/api/usagers/dossiers/${numero}/messages`).expect(401);

    await api().get(`/instruction/dossiers/${numero}/messages`).set(auth(etranger.jeton)).expect(404);
    await ecrireAgent(numero, etranger.jeton, 'Hors portefeuille').expect(404);
    await basculer(numero, etranger.jeton, false).expect(404);

    await api().get(`/instruction/dossiers/${numero}/messages`).set(auth(lecteur.jeton)).expect(200);
    const refus = await ecrireAgent(numero, lecteur.jeton, 'Sans le droit instruire').expect(403);
    expect(refus.body.error.name).toBe('DROITS_INSUFFISANTS');
    expect(refus.body.error.message).toMatch(/« instruire »/);
    await basculer(numero, lecteur.jeton, false).expect(403);
    expect(await compter(instance.strapi, TABLE, { dossier_id: (await dossierDe(numero)).id })).toBe(0);
    expect((await dossierDe(numero)).conversation_ouverte).not.toBe(false);
  });
});

describe('échange', () => {
  it('delivers both ways, names the agent « Claire D. », marks the other side’s messages read', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-echange');
    const vide = await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).expect(200);
    expect(vide.body).toEqual({ data: [], meta: { conversationOuverte: true } });

    const envoye = await ecrireUsager(numero, usager.jwt, '  Bonjour,\nj’ai une question.  ').expect(201);
    expect(envoye.body.data).toEqual({
      id: expect.any(Number),
      auteur: 'usager',
      auteurNom: 'Jean Dupont',
      corps: 'Bonjour,\nj’ai une question.',
      envoyeLe: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      luLe: null,
    });

    const nonLusAgent = async () =>
      (await api().get(`/instruction/dossiers/${numero}`).set(auth(agent.jeton)).expect(200)).body.data.messagesNonLus;
    const nonLusUsager = async () =>
      (await api().get(`/api/usagers/dossiers/${numero}`).set(auth(usager.jwt)).expect(200)).body.data.messagesNonLus;
    expect(await nonLusAgent()).toBe(1);
    expect(await nonLusUsager()).toBe(0);
    const vueAgent = await api().get(`/instruction/dossiers/${numero}/messages`).set(auth(agent.jeton)).expect(200);
    expect(vueAgent.body.meta).toEqual({ conversationOuverte: true });
    expect(vueAgent.body.data).toHaveLength(1);
    expect(vueAgent.body.data[0].luLe).toEqual(expect.any(String));
    const lu = await knex()(TABLE).where({ id: envoye.body.data.id }).first();
    expect(lu.lu_le).not.toBeNull();

    const reponse = await ecrireAgent(numero, agent.jeton, 'Bonjour, voici la réponse du service.').expect(201);
    expect(reponse.body.data).toMatchObject({ auteur: 'agent', auteurNom: 'Claire D.', luLe: null });
    expect((await knex()(TABLE).where({ id: reponse.body.data.id }).first()).lu_le).toBeNull();

    expect(await nonLusAgent()).toBe(0);
    expect(await nonLusUsager()).toBe(1);
    const vueUsager = await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).expect(200);
    expect(await nonLusUsager()).toBe(0);
    expect(vueUsager.body.data.map((m: { auteur: string }) => m.auteur)).toEqual(['usager', 'agent']);
    expect(vueUsager.body.data[1]).toMatchObject({ auteurNom: 'Claire D.', luLe: expect.any(String) });
    expect(JSON.stringify(vueUsager.body)).not.toContain(AGENT_EMAIL);
    expect(JSON.stringify(vueUsager.body)).not.toContain('Dubois');
    // The agent reading again does not mark the agents' own message: only the citizen's side did.
    const lecture = (await knex()(TABLE).where({ id: reponse.body.data.id }).first()).lu_le;
    await api().get(`/instruction/dossiers/${numero}/messages`).set(auth(agent.jeton)).expect(200);
    expect((await knex()(TABLE).where({ id: reponse.body.data.id }).first()).lu_le).toEqual(lecture);
  });

  it('refuses an empty or too long message with a French 422 on the field « corps »', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-422');
    const vide = await ecrireUsager(numero, usager.jwt, ' \n\t ').expect(422);
    expect(vide.body).toEqual({
      data: null,
      error: {
        status: 422,
        name: 'VALIDATION',
        message: 'Écrivez votre message avant de l’envoyer.',
        details: {
          code: 'VALIDATION',
          erreurs: [{ champ: 'corps', code: 'CORPS_VIDE', message: 'Écrivez votre message avant de l’envoyer.' }],
        },
      },
    });
    const long = await ecrireAgent(numero, agent.jeton, 'é'.repeat(5001)).expect(422);
    expect(long.body.error.details.erreurs).toEqual([
      {
        champ: 'corps',
        code: 'CORPS_TROP_LONG',
        message: 'Votre message dépasse 5\u00A0000 caractères : raccourcissez-le.',
      },
    ]);
    await ecrireUsager(numero, usager.jwt, 'é'.repeat(5000)).expect(201);
    // Malformed requests are 400, never 500.
    await ecrireUsager(numero, usager.jwt, 42).expect(400);
    await api().post(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).send({}).expect(400);
    await api()
      .post(`/api/usagers/dossiers/${numero}/messages`)
      .set(auth(usager.jwt))
      .send({ corps: 'x', autre: 1 })
      .expect(400);
    const cle = await ecrireUsager(numero, usager.jwt, 'Bonjour', 'court').expect(400);
    expect(cle.body.error.name).toBe('CLE_INVALIDE');
    await basculer(numero, agent.jeton, 'oui').expect(400);
    expect(await compter(instance.strapi, TABLE, { dossier_id: (await dossierDe(numero)).id })).toBe(1);
  });

  it('shows the 200 latest messages, oldest first', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-200');
    const { id } = await dossierDe(numero);
    const debut = Date.parse('2026-01-01T00:00:00.000Z');
    const lignes = Array.from({ length: 205 }, (_, i) => ({
      document_id: `msg200${String(i).padStart(18, '0')}`,
      created_at: new Date(debut + i * 1000),
      updated_at: new Date(debut + i * 1000),
      published_at: new Date(debut + i * 1000),
      dossier_id: id,
      auteur: i % 2 === 0 ? 'usager' : 'agent',
      auteur_id: i % 2 === 0 ? usager.id : agent.id,
      auteur_nom: i % 2 === 0 ? 'Jean Dupont' : 'Claire D.',
      corps: `Message ${i}`,
      envoye_le: new Date(debut + i * 1000),
    }));
    await knex()(TABLE).insert(lignes);
    const { body } = await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).expect(200);
    expect(body.data).toHaveLength(200);
    expect(body.data[0].corps).toBe('Message 5');
    expect(body.data[199].corps).toBe('Message 204');
  });
});

describe('idempotence', () => {
  it('gives back the same message for the same key and sender, and scopes the key to its sender', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-cle');
    const premier = await ecrireUsager(numero, usager.jwt, 'Message unique', 'cle-message-0001').expect(201);
    const rejeu = await ecrireUsager(numero, usager.jwt, 'Message unique', 'cle-message-0001').expect(200);
    expect(rejeu.body.data).toEqual(premier.body.data);
    const agentMemeCle = await ecrireAgent(numero, agent.jeton, 'Réponse', 'cle-message-0001').expect(201);
    expect(agentMemeCle.body.data.id).not.toBe(premier.body.data.id);
    expect(await compter(instance.strapi, TABLE, { dossier_id: (await dossierDe(numero)).id })).toBe(2);
  });

  it('creates one message for five simultaneous sends with the same key', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-concurrence');
    const reponses = await Promise.all(
      Array.from({ length: 5 }, () => ecrireUsager(numero, usager.jwt, 'Envoyé cinq fois', 'cle-concurrente-42')),
    );
    expect(reponses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(reponses.map((r) => r.body.data.id)).size).toBe(1);
    const agents = await Promise.all(
      Array.from({ length: 5 }, () => ecrireAgent(numero, agent.jeton, 'Réponse unique', 'cle-agent-concurrente')),
    );
    expect(agents.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const { id } = await dossierDe(numero);
    expect(await compter(instance.strapi, TABLE, { dossier_id: id })).toBe(2);
    expect((await journal(numero)).filter((e) => e.action === 'message.envoye')).toHaveLength(2);
    expect(await notifications(id)).toHaveLength(1);
  });
});

describe('conversation fermée', () => {
  it('refuses both sides with 409 until an agent reopens it; toggling is journaled once per change', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-fermee');
    const avant = Number((await dossierDe(numero)).version);
    expect((await basculer(numero, agent.jeton, false).expect(200)).body).toEqual({
      data: { conversationOuverte: false },
    });
    await basculer(numero, agent.jeton, false).expect(200);
    expect(Number((await dossierDe(numero)).version)).toBe(avant + 1);

    const refus = await ecrireUsager(numero, usager.jwt, 'Encore une question').expect(409);
    expect(refus.body.error).toMatchObject({
      name: 'CONVERSATION_FERMEE',
      message: 'La conversation sur ce dossier est fermée.',
    });
    expect((await ecrireAgent(numero, agent.jeton, 'Réponse').expect(409)).body.error.name).toBe('CONVERSATION_FERMEE');
    const lecture = await api().get(`/api/usagers/dossiers/${numero}/messages`).set(auth(usager.jwt)).expect(200);
    expect(lecture.body.meta).toEqual({ conversationOuverte: false });

    await basculer(numero, agent.jeton, true).expect(200);
    await ecrireUsager(numero, usager.jwt, 'Encore une question').expect(201);
    const bascules = (await journal(numero)).filter((e) => e.action === 'dossier.conversation_modifiee');
    expect(bascules).toEqual([
      { action: 'dossier.conversation_modifiee', acteur: 'agent', nom: 'Claire Dubois', details: { etat: 'fermee' } },
      { action: 'dossier.conversation_modifiee', acteur: 'agent', nom: 'Claire Dubois', details: { etat: 'ouverte' } },
    ]);
  });
});

describe('journal et courriel', () => {
  it('journals each message without its text, and e-mails the citizen once without the text', async () => {
    const { usager, numero } = await dossierDepose('sub-msg-courriel');
    const secret = 'Votre numéro fiscal 1234567890123 est confidentiel';
    const u = await ecrireUsager(numero, usager.jwt, 'Question de l’usager').expect(201);
    const a = await ecrireAgent(numero, agent.jeton, secret, 'cle-courriel-0001').expect(201);
    await ecrireAgent(numero, agent.jeton, secret, 'cle-courriel-0001').expect(200);

    const entrees = (await journal(numero)).filter((e) => e.action === 'message.envoye');
    expect(entrees).toEqual([
      {
        action: 'message.envoye',
        acteur: 'usager',
        nom: 'Jean Dupont',
        details: { messageId: u.body.data.id, auteur: 'usager' },
      },
      {
        action: 'message.envoye',
        acteur: 'agent',
        nom: 'Claire Dubois',
        details: { messageId: a.body.data.id, auteur: 'agent' },
      },
    ]);
    expect(JSON.stringify(await journal(numero))).not.toContain('fiscal');
    const detail = await api().get(`/instruction/dossiers/${numero}`).set(auth(agent.jeton)).expect(200);
    expect(detail.body.data.journal.integre).toBe(true);

    const { id } = await dossierDe(numero);
    const lignes = await attendre(async () => {
      const l = await notifications(id);
      if (l.some((x: { etat: string }) => x.etat === 'echec')) throw new Error(`courriel en échec : ${l[0].erreur}`);
      return l.length === 1 && l[0].etat === 'livre' ? l : false;
    }, `courriel livré pour ${numero}`);
    expect(lignes[0].cle).toBe(`message:${a.body.data.id}`);
    expect(JSON.stringify(lignes[0].payload)).not.toContain('fiscal');
    const recus = catcher.messages().filter((m) => m.subject === `Nouveau message concernant votre dossier ${numero}`);
    expect(recus).toHaveLength(1);
    expect(recus[0]!.to.map((t) => t.Address)).toEqual([usager.email]);
    expect(recus[0]!.text).toContain(`Vous avez reçu un message concernant votre dossier n° ${numero}`);
    expect(recus[0]!.text).toContain('connectez-vous');
    expect(`${recus[0]!.text} ${recus[0]!.html ?? ''}`).not.toContain('fiscal');
  });
});
