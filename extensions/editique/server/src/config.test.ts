import { lireConfig } from './config';

describe('lireConfig', () => {
  test('valeurs par défaut : capteur SMTP local en clair, soffice du PATH', () => {
    const c = lireConfig({});
    expect(c.smtp).toEqual({
      host: '127.0.0.1',
      port: 1025,
      from: 'Guichet <ne-pas-repondre@guichet.localhost>',
      secure: false,
      ignoreTLS: true,
    });
    expect(c.soffice).toBe('soffice');
    expect(c.delaiConversionMs).toBe(60000);
    expect(c.portailUrl).toBe('http://localhost:4321');
    expect(c.dossierTravail).toMatch(/guichet-editique$/);
  });

  test('production : port 587 avec STARTTLS et authentification, 465 en TLS direct', () => {
    const c = lireConfig({
      SMTP_HOST: 'smtp.exemple.fr',
      SMTP_PORT: '587',
      SMTP_USER: 'guichet',
      SMTP_PASS: 's3cret',
      SMTP_FROM: 'Département <ne-pas-repondre@exemple.fr>',
      PORTAL_URL: 'https://guichet.exemple.fr/',
      SOFFICE_PATH: '/opt/libreoffice/program/soffice',
      EDITIQUE_DOSSIER_TRAVAIL: '/var/lib/guichet/editique',
      EDITIQUE_DELAI_CONVERSION_MS: '120000',
    });
    expect(c.smtp).toEqual({
      host: 'smtp.exemple.fr',
      port: 587,
      from: 'Département <ne-pas-repondre@exemple.fr>',
      secure: false,
      ignoreTLS: false,
      user: 'guichet',
      pass: 's3cret',
    });
    expect(c.portailUrl).toBe('https://guichet.exemple.fr');
    expect(c.soffice).toBe('/opt/libreoffice/program/soffice');
    expect(c.dossierTravail).toBe('/var/lib/guichet/editique');
    expect(c.delaiConversionMs).toBe(120000);
    expect(lireConfig({ SMTP_PORT: '465' }).smtp).toMatchObject({ secure: true, ignoreTLS: false });
  });

  test('SMTP_IGNORE_TLS force le choix ; une variable vide vaut « non définie »', () => {
    expect(lireConfig({ SMTP_PORT: '2525', SMTP_IGNORE_TLS: 'true' }).smtp.ignoreTLS).toBe(true);
    expect(lireConfig({ SMTP_IGNORE_TLS: 'false' }).smtp.ignoreTLS).toBe(false);
    expect(lireConfig({ SMTP_HOST: '', SMTP_PORT: '', SMTP_USER: '', SMTP_PASS: '' }).smtp).toMatchObject({
      host: '127.0.0.1',
      port: 1025,
    });
  });

  test('valeurs invalides : erreur CONFIGURATION_INVALIDE qui nomme la variable sans recopier de secret', () => {
    expect(() => lireConfig({ SMTP_PORT: 'vingt-cinq' })).toThrow(
      expect.objectContaining({ code: 'CONFIGURATION_INVALIDE' }),
    );
    expect(() => lireConfig({ PORTAL_URL: 'javascript:alert(1)' })).toThrow(/PORTAL_URL/);
    expect(() => lireConfig({ SMTP_IGNORE_TLS: 'oui' })).toThrow(/SMTP_IGNORE_TLS/);
    expect(() => lireConfig({ EDITIQUE_DELAI_CONVERSION_MS: '10' })).toThrow(/EDITIQUE_DELAI_CONVERSION_MS/);
    let message = '';
    try {
      lireConfig({ SMTP_USER: 'u', SMTP_PASS: 'mot-de-passe-secret', SMTP_PORT: '0' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('SMTP_PORT');
    expect(message).not.toContain('mot-de-passe-secret');
    expect(() => lireConfig({ SMTP_USER: 'u' })).toThrow(/SMTP_USER et SMTP_PASS/);
  });
});
