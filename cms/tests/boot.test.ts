import request from 'supertest';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
beforeAll(async () => {
  instance = await demarrerStrapi();
});
afterAll(async () => {
  await instance?.arreter();
});

it('sert un catalogue vide et 404 pour un dispositif inconnu', async () => {
  const res = await request(instance.http).get('/api/instruction/catalogue').expect(200);
  expect(res.body).toEqual({ data: [] });
  const inconnu = await request(instance.http).get('/api/instruction/catalogue/inconnu').expect(404);
  expect(inconnu.body.error.name).toBe('INTROUVABLE');
});
