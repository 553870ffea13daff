import type { Instance } from './strapi';

/**
 * Makes the test server listen once and returns its base URL. supertest given a server that is not listening opens
 * and closes it per request: with concurrent requests one request's close resets the others' sockets.
 */
export async function ecouter(instance: Instance): Promise<string> {
  if (!instance.http.listening) {
    await new Promise<void>((ok) => instance.http.listen(0, '127.0.0.1', () => ok()));
  }
  const adresse = instance.http.address();
  if (!adresse || typeof adresse === 'string') throw new Error('adresse du serveur de test inconnue');
  return `http://127.0.0.1:${adresse.port}`;
}
