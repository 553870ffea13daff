/**
 * The statuts' actions run after commit from the outbox (issue 4): emails to every kind of recipient with attached
 * justificatifs, SMS through an HTTP gateway, signed webhooks retried until delivered, assignment (agent,
 * territoire), field changes, onglets and conversation honoured by the projections, linked dossiers and duplicates
 * moved by system transitions. Each is checked for idempotency: a row executed again changes nothing.
 */
import { createHmac } from 'node:crypto';
import request from 'supertest';
import type { Guide, Statut } from '../../extensions/instruction/domain';
import { enregistrerTerritoire } from '../../extensions/instruction/server/src/repositories/territoires';
import { attendre } from './helpers/attendre';
import { demarrerBoiteMail } from './helpers/boite-mail';
import { deposerDossier } from './helpers/depot';
import { creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';
import { demarrerStubHttp } from './helpers/stub-http';

let instance: Instance;
let boite: Awaited<ReturnType<typeof demarrerBoiteMail>>;
let stub: Awaited<ReturnType<typeof demarrerStubHttp>>;
let agent: { id: number; jeton: string };
let collegue: { id: number; jeton: string };

const SECRET = 'secret-de-test-du-webhook';
const knex = () => instance.strapi.db.connection;
const api = () => request(instance.http);

const statut = (code: string, actions: Statut['actions'], transitions: string[] = []): Statut => ({
  code,
  libelle: code,
  visibleUsager: true,
  cloture: false,
  transitions: transitions.map((vers) => ({ vers })),
  actions,
});

/** One statut per action under test, all reachable from « recu » by an agent. */
function guide(agentId: number, webhook: string): Guide {
  const statuts: Statut[] = [
    statut('en_instruction', []),
    statut('notifie', [
      {
        type: 'courriel',
        modele: 'statut_change',
        destinataires: ['usager', 'agent_affecte', { adresse: 'service@collectivite.test' }],
        joindreJustificatifs: true,
      },
    ]),
    statut('sms_envoye', [{ type: 'sms', modele: 'sms_test', destinataires: ['usager'] }]),
    statut('webhook_envoye', [
      { type: 'webhook', url: `${webhook}/webhook`, secret: 'WEBHOOK_TEST_CLE' },
      { type: 'webhook', url: `${webhook}/jamais`, secret: 'WEBHOOK_ABSENTE' },
    ]),
    statut('affecte', [{ type: 'affecter', mode: 'agent', agentId }]),
    statut('sectorise', [{ type: 'affecter', mode: 'territoire' }]),
    statut(
      'champs_modifies',
      [{ type: 'modifier_champs', champs: [{ champ: 'montant_demande', valeur: 1000 }] }],
      ['champs_invalides'],
    ),
    statut('champs_invalides', [{ type: 'modifier_champs', champs: [{ champ: 'date_debut', valeur: 'demain' }] }]),
    statut('onglet_masque', [
      { type: 'onglet', vue: 'usager', onglet: 'association', etat: 'masque' },
      { type: 'conversation', etat: 'fermee' },
    ]),
    statut('enfants_lances', [{ type: 'statut_dossier_lie', lien: 'enfants', statut: 'en_instruction' }]),
    statut(
      'verif_doublon',
      [{ type: 'detecter_doublon', critere: 'demandeur', statutSiDoublon: 'doublon' }],
      ['doublon'],
    ),
    statut('doublon', []),
  ];
  return {
    statutDepot: 'recu',
    etapes: [
      {
        code: 'depot',
        libelle: 'Dépôt',
        statuts: [
          statut(
            'recu',
            [],
            statuts.map((s) => s.code),
          ),
        ],
      },
      { code: 'instruction', libelle: 'Instruction', statuts },
    ],
  };
}

beforeAll(async () => {
  boite = await demarrerBoiteMail();
  stub = await demarrerStubHttp();
  process.env.SMS_API_URL = `${stub.url}/sms`;
  process.env.SMS_API_CLE = 'cle-passerelle';
  process.env.WEBHOOK_TEST_CLE = SECRET;
  delete process.env.WEBHOOK_ABSENTE;
  instance = await demarrerStrapi();
  const { strapi } = instance;
  await strapi.plugin('editique').service('demo').seed();
  const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
  await strapi.db.query('plugin::editique.modele-courriel').create({
    data: { code: 'sms_test', sujet: 'SMS', corps: 'Votre dossier {{dossier.numero}}\n: {{statut.libelle}}.' },
  });
  agent = await creerAgent(strapi, 'actions-execution@agents.test', [dispositifId]);
  collegue = await creerAgent(strapi, 'collegue-affecte@agents.test', [dispositifId]);
  await knex()('instruction_dispositifs')
    .where({ id: dispositifId })
    .update({ guide: JSON.stringify(guide(collegue.id, stub.url)) });
});
afterAll(async () => {
  await instance?.arreter();
  await boite?.fermer();
  await stub?.fermer();
});

async function dossierDe(numero: string) {
  return knex()('instruction_dossiers').where({ numero }).first();
}

/** The agent moves the dossier (at its current version) to `vers`. */
async function passer(numero: string, vers: string) {
  const { version } = await dossierDe(numero);
  await api()
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set({ Authorization: `Bearer ${agent.jeton}` })
    .send({ vers, version: Number(version) })
    .expect(200);
}

async function lignesOutbox(numero: string) {
  const { id } = await dossierDe(numero);
  return knex()('instruction_outbox').where({ dossier_id: id }).orderBy('id');
}

/** Waits until every outbox row of the dossier is delivered (or, with `echec`, carries an error). */
async function attendreLivraisons(numero: string, n: number, echec = false) {
  return attendre(
    async () => {
      const lignes = await lignesOutbox(numero);
      const finies = lignes.filter((l: { etat: string; erreur: string | null }) =>
        echec ? l.erreur !== null : l.etat === 'livre',
      );
      return finies.length >= n ? lignes : false;
    },
    `${n} action(s) ${echec ? 'en échec' : 'livrée(s)'} pour ${numero}`,
  );
}

async function journal(numero: string) {
  const { id } = await dossierDe(numero);
  const lignes = await knex()('instruction_journal').where({ dossier_id: id }).orderBy('sequence');
  return lignes.map((l: { action: string; details: unknown; acteur_type: string }) => ({
    action: l.action,
    acteur: l.acteur_type,
    details: typeof l.details === 'string' ? JSON.parse(l.details) : l.details,
  }));
}

/** Runs every row of the dossier again, as a retried job would (the runner itself skips delivered rows). */
async function rejouer(numero: string) {
  const effets = instance.strapi.plugin('instruction').service('effets');
  for (const ligne of await lignesOutbox(numero)) {
    await effets.executer({
      id: Number(ligne.id),
      cle: ligne.cle,
      dossierId: Number(ligne.dossier_id),
      historiqueId: Number(ligne.historique_id),
      type: ligne.type,
      payload: typeof ligne.payload === 'string' ? JSON.parse(ligne.payload) : ligne.payload,
      etat: ligne.etat,
      tentatives: Number(ligne.tentatives),
    });
  }
}

async function nouveauDossier(sub: string) {
  const usager = await creerUsager(instance.strapi, sub);
  return { usager, numero: await deposerDossier(instance.strapi, usager) };
}

describe('courriel', () => {
  it('écrit à l’usager, à l’agent affecté et à une adresse fixe, justificatifs joints', async () => {
    const { usager, numero } = await nouveauDossier('sub-courriel');
    await knex()('instruction_dossiers').where({ numero }).update({ agent_id: collegue.id });
    await passer(numero, 'notifie');
    await attendreLivraisons(numero, 1);
    const messages = (await boite.attendre((m) => m.filter((x) => x.Subject.includes(numero)).length >= 3)).filter(
      (x) => x.Subject.includes(numero),
    );
    expect(messages.map((m) => m.To.map((t) => t.Address).join()).sort()).toEqual(
      [usager.email, 'collegue-affecte@agents.test', 'service@collectivite.test'].sort(),
    );
    // The budget uploaded at deposit travels with each message.
    expect(messages.map((m) => m.Attachments)).toEqual([1, 1, 1]);
  });

  it('sans agent affecté : les autres destinataires sont servis, l’omission est journalisée, l’action est livrée', async () => {
    const { usager, numero } = await nouveauDossier('sub-sans-agent');
    await passer(numero, 'notifie');
    const [ligne] = await attendreLivraisons(numero, 1);
    const messages = (await boite.attendre((m) => m.filter((x) => x.Subject.includes(numero)).length >= 2)).filter(
      (x) => x.Subject.includes(numero),
    );
    expect(messages.map((m) => m.To[0]!.Address).sort()).toEqual([usager.email, 'service@collectivite.test'].sort());
    const note = (await journal(numero)).find((e) => e.action === 'action.non_executee');
    expect(note).toMatchObject({ acteur: 'systeme', details: { type: 'courriel', cle: ligne.cle } });
    expect(note!.details.motif).toMatch(/Aucun agent n’est affecté/);
    await rejouer(numero);
    expect((await journal(numero)).filter((e) => e.action === 'action.non_executee')).toHaveLength(1);
  });
});

describe('sms', () => {
  it('passe par la passerelle HTTP avec le numéro E.164 et la clé d’idempotence ; sans configuration, échec clair', async () => {
    const { numero } = await nouveauDossier('sub-sms');
    const { id, donnees } = await dossierDe(numero);
    const lues = typeof donnees === 'string' ? JSON.parse(donnees) : donnees;
    await knex()('instruction_dossiers')
      .where({ id })
      .update({ donnees: JSON.stringify({ ...lues, telephone: '+33612345678' }) });

    delete process.env.SMS_API_URL;
    await passer(numero, 'sms_envoye');
    const [echec] = await attendreLivraisons(numero, 1, true);
    expect(echec.erreur).toMatch(/Aucune passerelle SMS n’est configurée/);
    expect(stub.sur('/sms')).toHaveLength(0);

    process.env.SMS_API_URL = `${stub.url}/sms`;
    const [ligne] = await attendreLivraisons(numero, 1);
    const [envoi] = stub.sur('/sms');
    expect(envoi!.entetes.authorization).toBe('Bearer cle-passerelle');
    expect(envoi!.entetes['idempotency-key']).toBe(`${ligne.cle}:usager`);
    expect(JSON.parse(envoi!.corps)).toEqual({
      destinataire: '+33612345678',
      message: `Votre dossier ${numero} : sms_envoye.`,
    });
  });
});

describe('webhook', () => {
  it('signe le corps, réessaie après un 500 avec la même clé, puis livre ; sans secret, rien ne part', async () => {
    const { numero } = await nouveauDossier('sub-webhook');
    stub.repondre('/webhook', 500);
    await passer(numero, 'webhook_envoye');
    const lignes = await attendre(async () => {
      const l = await lignesOutbox(numero);
      return l[0]?.etat === 'livre' && l[1]?.erreur ? l : false;
    }, 'webhook livré et webhook sans secret en échec');

    const appels = stub.sur('/webhook');
    expect(appels).toHaveLength(2);
    expect(Number(lignes[0].tentatives)).toBe(2);
    expect(new Set(appels.map((a) => a.entetes['x-guichet-cle']))).toEqual(new Set([lignes[0].cle]));
    for (const appel of appels) {
      const attendue = createHmac('sha256', SECRET)
        .update(`${appel.entetes['x-guichet-horodatage']}.${appel.corps}`)
        .digest('hex');
      expect(appel.entetes['x-guichet-signature']).toBe(`sha256=${attendue}`);
    }
    expect(JSON.parse(appels[1]!.corps)).toMatchObject({
      evenement: 'dossier.statut_change',
      cle: lignes[0].cle,
      dossier: { numero, statut: 'webhook_envoye', etape: 'instruction', dispositif: 'aide-projets-associatifs' },
    });

    expect(lignes[1].erreur).toMatch(/WEBHOOK_ABSENTE .*n’est pas définie/);
    expect(stub.sur('/jamais')).toHaveLength(0);
    // The failure is what the agent sees in the dossier's deliveries.
    const detail = await api()
      .get(`/instruction/dossiers/${numero}`)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .expect(200);
    expect(detail.body.data.livraisons[1]).toMatchObject({
      type: 'webhook',
      erreur: expect.stringMatching(/WEBHOOK_/),
    });
  });
});

describe('changements du dossier', () => {
  it('affecte à un agent : version incrémentée (l’ancienne donne 409), journalisé une seule fois', async () => {
    const { numero } = await nouveauDossier('sub-affecter');
    // The version the agent holds after their own transition (the action has not necessarily run yet).
    const avant = Number((await dossierDe(numero)).version) + 1;
    await passer(numero, 'affecte');
    const [ligne] = await attendreLivraisons(numero, 1);
    const apres = await dossierDe(numero);
    expect(Number(apres.agent_id)).toBe(collegue.id);
    expect(Number(apres.version)).toBe(avant + 1);
    await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .send({ vers: 'notifie', version: avant })
      .expect(409);

    await rejouer(numero);
    expect(Number((await dossierDe(numero)).version)).toBe(avant + 1);
    const entrees = (await journal(numero)).filter((e) => e.action === 'dossier.affecte');
    expect(entrees).toEqual([
      { action: 'dossier.affecte', acteur: 'systeme', details: { de: null, vers: collegue.id, cle: ligne.cle } },
    ]);
  });

  it('modifie des champs validés par le modèle ; une valeur invalide fait échouer l’action en français', async () => {
    const { numero } = await nouveauDossier('sub-champs');
    await passer(numero, 'champs_modifies');
    await attendreLivraisons(numero, 1);
    const { donnees } = await dossierDe(numero);
    expect((typeof donnees === 'string' ? JSON.parse(donnees) : donnees).montant_demande).toBe(1000);
    const entree = (await journal(numero)).find((e) => e.action === 'dossier.donnees_modifiees');
    expect(entree!.details.champs).toMatch(/montant_demande/);

    await passer(numero, 'champs_invalides');
    const lignes = await attendreLivraisons(numero, 1, true);
    expect(lignes[1].erreur).toMatch(
      /^Les valeurs prévues par le guide sont refusées par le formulaire \(date_debut : /,
    );
  });

  it('masque un onglet de l’usager et ferme la conversation : l’API de l’usager ne les montre plus', async () => {
    const { usager, numero } = await nouveauDossier('sub-onglet');
    const { id, donnees } = await dossierDe(numero);
    const lues = typeof donnees === 'string' ? JSON.parse(donnees) : donnees;
    await knex()('instruction_dossiers')
      .where({ id })
      .update({ donnees: JSON.stringify({ ...lues, telephone: '+33612345678' }) });
    const avant = await api()
      .get(`/api/usagers/dossiers/${numero}`)
      .set({ Authorization: `Bearer ${usager.jwt}` })
      .expect(200);
    expect(avant.body.data).toMatchObject({ conversationOuverte: true, donnees: { telephone: '+33612345678' } });

    await passer(numero, 'onglet_masque');
    await attendreLivraisons(numero, 2);
    const apres = await api()
      .get(`/api/usagers/dossiers/${numero}`)
      .set({ Authorization: `Bearer ${usager.jwt}` })
      .expect(200);
    const { data } = apres.body;
    expect(data.modele.vues.usager.onglets.map((o: { code: string }) => o.code)).toEqual(['projet']);
    expect(data.donnees.telephone).toBeUndefined();
    expect(data.donnees.intitule).toBe('Festival de la vallée');
    expect(data.onglets).toEqual({ association: 'masque' });
    expect(data.conversationOuverte).toBe(false);
    expect((await journal(numero)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['dossier.onglet_modifie', 'dossier.conversation_modifiee']),
    );
  });

  it('affecte au territoire de l’adresse du dossier (sectorisation)', async () => {
    const { numero } = await nouveauDossier('sub-territoire');
    const territoireId = await enregistrerTerritoire(
      knex(),
      { code: 'amiens', nom: 'Amiens', typeCode: 'canton', communes: ['80021'] },
      new Date(),
    );
    const { id, donnees } = await dossierDe(numero);
    const lues = typeof donnees === 'string' ? JSON.parse(donnees) : donnees;
    const lieu = { ligne1: '8 boulevard du Port', codePostal: '80000', commune: 'Amiens', codeInsee: '80021' };
    await knex()('instruction_dossiers')
      .where({ id })
      .update({ donnees: JSON.stringify({ ...lues, lieu }) });
    await passer(numero, 'sectorise');
    await attendreLivraisons(numero, 1);
    expect(Number((await dossierDe(numero)).territoire_id)).toBe(territoireId);
    expect((await journal(numero)).filter((e) => e.action === 'dossier.sectorise')).toHaveLength(1);
  });
});

describe('dossiers liés et doublons', () => {
  it('fait passer les enfants au statut demandé, par une transition système, une seule fois', async () => {
    const { numero: parent } = await nouveauDossier('sub-parent');
    const { numero: enfant } = await nouveauDossier('sub-enfant');
    const { id: parentId } = await dossierDe(parent);
    await knex()('instruction_dossiers').where({ numero: enfant }).update({ parent_id: parentId });

    await passer(parent, 'enfants_lances');
    const [ligne] = await attendreLivraisons(parent, 1);
    const lie = await dossierDe(enfant);
    expect(lie.statut).toBe('en_instruction');
    const historique = await knex()('instruction_historiques').where({ dossier_id: lie.id }).orderBy('id');
    expect(historique.at(-1)).toMatchObject({ vers: 'en_instruction', acteur_type: 'systeme' });
    const entree = (await journal(enfant)).at(-1)!;
    expect(entree).toMatchObject({ action: 'dossier.statut_change', acteur: 'systeme' });
    expect(entree.details).toMatchObject({ de: 'recu', vers: 'en_instruction', cle: ligne.cle, origine: parent });

    await rejouer(parent);
    expect(await knex()('instruction_historiques').where({ dossier_id: lie.id })).toHaveLength(historique.length);
  });

  it('repère le doublon du même demandeur, le journalise et applique statutSiDoublon', async () => {
    const usager = await creerUsager(instance.strapi, 'sub-doublon');
    const premier = await deposerDossier(instance.strapi, usager);
    const second = await deposerDossier(instance.strapi, usager);
    await passer(second, 'verif_doublon');
    const [ligne] = await attendreLivraisons(second, 1);
    await attendre(async () => (await dossierDe(second)).statut === 'doublon', 'dossier passé en doublon');
    const entrees = await journal(second);
    expect(entrees.find((e) => e.action === 'dossier.doublon_detecte')).toEqual({
      action: 'dossier.doublon_detecte',
      acteur: 'systeme',
      details: { critere: 'demandeur', doublons: premier, cle: ligne.cle },
    });
    await rejouer(second);
    const rejouees = await journal(second);
    expect(rejouees.filter((e) => e.action === 'dossier.doublon_detecte')).toHaveLength(1);
    expect(rejouees.filter((e) => e.action === 'dossier.statut_change')).toHaveLength(2);
  });
});
