import { cheminDeRetour, entetesSecurite, jetonsEgaux, politiqueCsp, RETOUR_PAR_DEFAUT } from '../../src/lib/securite';

describe('jetonsEgaux (CSRF)', () => {
  it.each<[string, string | null | undefined, string | null | undefined, boolean]>([
    ['same token', 'abc123', 'abc123', true],
    ['different token', 'abc124', 'abc123', false],
    ['prefix of the token', 'abc', 'abc123', false],
    ['missing submitted token', null, 'abc123', false],
    ['undefined submitted token', undefined, 'abc123', false],
    ['empty submitted token', '', 'abc123', false],
    ['empty expected token', '', '', false],
    ['missing expected token', 'abc', undefined, false],
  ])('%s', (_cas, soumis, attendu, egal) => {
    expect(jetonsEgaux(soumis, attendu)).toBe(egal);
  });
});

describe('cheminDeRetour (returnTo)', () => {
  it.each([
    ['/compte', '/compte'],
    ['/compte/dossiers/GU-1/modifier', '/compte/dossiers/GU-1/modifier'],
    ['/dispositifs/aide?x=1', '/dispositifs/aide?x=1'],
    ['/compte#ancre', '/compte'],
    ['/a/../compte', '/compte'],
  ])('keeps the local path %s', (entree, attendu) => {
    expect(cheminDeRetour(entree)).toBe(attendu);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['compte'],
    ['//evil.example/compte'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/auth/connexion?returnTo=/compte'],
    ['/auth/callback'],
    ['/auth'],
    [`/${'a'.repeat(3000)}`],
  ])('refuses %j', (entree) => {
    expect(cheminDeRetour(entree)).toBe(RETOUR_PAR_DEFAUT);
  });
});

describe('security headers', () => {
  it('forbid inline scripts, framing, and forms posting anywhere but here and the IdP', () => {
    const csp = politiqueCsp('http://localhost:8080');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:8080");
    expect(csp).not.toContain('unsafe-inline');
    const entetes = entetesSecurite('https://idp.example');
    expect(entetes['X-Content-Type-Options']).toBe('nosniff');
    expect(entetes['Referrer-Policy']).toBe('same-origin');
  });
});
