import { estHttps, lireConfig } from '../../src/lib/config';

const minimal = { OIDC_CLIENT_SECRET: 'guichet-dev-secret', SESSION_SECRET: 's'.repeat(32) };

describe('lireConfig', () => {
  it('fills the development defaults and trims trailing slashes', () => {
    const c = lireConfig({ ...minimal, PUBLIC_URL: 'http://localhost:4321/' });
    expect(c).toMatchObject({
      CMS_URL: 'http://127.0.0.1:1337',
      PUBLIC_URL: 'http://localhost:4321',
      OIDC_ISSUER: 'http://localhost:8080/realms/guichet',
      OIDC_CLIENT_ID: 'portail',
      ORGANISATION_NOM: 'Département de démonstration',
      RATE_LIMIT_MULTIPLIER: 1,
      API_ADRESSE_URL: 'https://api-adresse.data.gouv.fr',
      API_ADRESSE_TIMEOUT_MS: 3000,
    });
  });

  it('lists every invalid variable in one error', () => {
    let message = '';
    try {
      lireConfig({ SESSION_SECRET: 'court', CMS_URL: 'ftp://cms' });
    } catch (erreur) {
      message = (erreur as Error).message;
    }
    expect(message).toContain('Configuration du portail invalide');
    expect(message).toContain('CMS_URL');
    expect(message).toContain('OIDC_CLIENT_SECRET');
    expect(message).toContain('SESSION_SECRET');
  });

  it('knows when cookies must be Secure', () => {
    expect(estHttps('https://demarches.example.fr')).toBe(true);
    expect(estHttps('http://localhost:4321')).toBe(false);
  });
});
