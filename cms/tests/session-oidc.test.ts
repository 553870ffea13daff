import request from 'supertest';
import { demoUsers } from '../../tools/oidc-dev/src/demo-users';
import { startOidcServer, type OidcServer } from '../../tools/oidc-dev/src/server';
import { connecter } from '../../tools/oidc-dev/testing/code-flow';
import { demarrerStrapi, type Instance } from './helpers/strapi';

const CLIENT = {
  clientId: 'portail',
  clientSecret: 'secret-session',
  redirectUris: ['http://portail.test/auth/callback'],
  postLogoutRedirectUris: ['http://portail.test/'],
};
let oidc: OidcServer;
let instance: Instance;

async function jetonDe(username: string) {
  const jetons = await connecter({
    issuer: oidc.issuer,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    redirectUri: CLIENT.redirectUris[0]!,
    username,
    password: 'guichet',
  });
  return jetons.access_token;
}

beforeAll(async () => {
  oidc = await startOidcServer({ port: 0, clients: [CLIENT], users: demoUsers });
  process.env.OIDC_ISSUER = oidc.issuer;
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
});
afterAll(async () => {
  await instance?.arreter();
  await oidc?.close();
  delete process.env.JOBS_DISABLED;
});

describe('POST /api/usagers/session', () => {
  it('échange un jeton OIDC vérifié contre un JWT, et lie le compte par le sub (pas par l’e-mail)', async () => {
    const jeton = await jetonDe('jean.dupont');
    const res = await request(instance.http)
      .post('/api/usagers/session')
      .set('Authorization', `Bearer ${jeton}`)
      .expect(200);
    expect(res.body.usager).toMatchObject({ prenom: 'Jean', nom: 'Dupont', email: 'jean.dupont@example.fr' });
    expect(res.body.usager).not.toHaveProperty('oidcSub');

    // The account is found again by its subject even after the email changed on the IdP side.
    const users = instance.strapi.db.query('plugin::users-permissions.user');
    await users.update({ where: { id: res.body.usager.id }, data: { email: 'ancienne@example.fr' } });
    const encore = await request(instance.http)
      .post('/api/usagers/session')
      .set('Authorization', `Bearer ${await jetonDe('jean.dupont')}`)
      .expect(200);
    expect(encore.body.usager.id).toBe(res.body.usager.id);
    expect(encore.body.usager.email).toBe('jean.dupont@example.fr');

    const liste = await request(instance.http)
      .get('/api/usagers/dossiers')
      .set('Authorization', `Bearer ${encore.body.jwt}`)
      .expect(200);
    expect(liste.body.data).toEqual([]);
  });

  it('refuse un jeton absent, mal formé, altéré ou d’un autre émetteur (401, message en français)', async () => {
    const api = () => request(instance.http).post('/api/usagers/session');
    const absent = await api().expect(401);
    expect(absent.body.error.message).toMatch(/Reconnectez-vous/);
    await api().set('Authorization', 'Bearer pas-un-jeton').expect(401);
    const jeton = await jetonDe('marie.curie');
    const [entete, charge, signature] = jeton.split('.');
    const chargeAlteree = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(charge!, 'base64url').toString()), sub: 'quelqu-un-d-autre' }),
    ).toString('base64url');
    await api().set('Authorization', `Bearer ${entete}.${chargeAlteree}.${signature}`).expect(401);

    const autre = await startOidcServer({ port: 0, clients: [CLIENT], users: demoUsers });
    try {
      const etranger = await connecter({
        issuer: autre.issuer,
        clientId: CLIENT.clientId,
        clientSecret: CLIENT.clientSecret,
        redirectUri: CLIENT.redirectUris[0]!,
        username: 'marie.curie',
        password: 'guichet',
      });
      await api().set('Authorization', `Bearer ${etranger.access_token}`).expect(401);
    } finally {
      await autre.close();
    }
  });

  it('l’inscription et la connexion par mot de passe de users-permissions sont fermées', async () => {
    const inscription = await request(instance.http)
      .post('/api/auth/local/register')
      .send({ username: 'intrus', email: 'intrus@example.fr', password: 'MotDePasse-2026' });
    expect([400, 401, 403, 404]).toContain(inscription.status);
    const connexion = await request(instance.http)
      .post('/api/auth/local')
      .send({ identifier: 'intrus@example.fr', password: 'MotDePasse-2026' });
    expect([400, 401, 403, 404]).toContain(connexion.status);
    expect(
      await instance.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'intrus@example.fr' } }),
    ).toBe(0);
  });

  it('un JWT d’usager ne donne pas accès aux routes d’administration', async () => {
    const res = await request(instance.http)
      .post('/api/usagers/session')
      .set('Authorization', `Bearer ${await jetonDe('marie.curie')}`)
      .expect(200);
    await request(instance.http)
      .get('/instruction/dossiers')
      .set('Authorization', `Bearer ${res.body.jwt}`)
      .expect(401);
    await request(instance.http).get('/api/users').set('Authorization', `Bearer ${res.body.jwt}`).expect(403);
  });
});
