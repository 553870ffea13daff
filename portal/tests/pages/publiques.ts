/** Pages anyone can see: catalogue, dispositifs, errors, and what protects the account area. */
import type { Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../../../e2e/support/accessibilite';
import { capturer, env, ouvrir } from './env';

export function pagesPubliques(): void {
  let page: Page;
  let base: string;
  let stub: typeof env.stub;
  beforeAll(() => {
    ({ page, base, stub } = env);
  });

  describe('signed-out pages', () => {
    it('catalogue: cards with a link and a résumé, security headers, no axe violation, keyboard order', async () => {
      const reponse = await page.goto(`${base}/`);
      expect(reponse?.status()).toBe(200);
      const entetes = reponse!.headers();
      expect(entetes['content-security-policy']).toMatch(
        /default-src 'self'.*frame-ancestors 'none'.*form-action 'self' http:\/\/localhost:\d+/,
      );
      expect(entetes['content-security-policy']).not.toContain('unsafe-inline');
      expect(entetes['x-content-type-options']).toBe('nosniff');
      expect(entetes['referrer-policy']).toBe('same-origin');
      expect(await page.title()).toBe('Démarches en ligne – Guichet');
      expect(await page.locator('main h1').textContent()).toBe('Démarches en ligne');
      expect(await page.locator('.carte h2 a').allTextContents()).toEqual([
        'Aide au permis de conduire',
        'Bourse BAFA',
        'Soutien aux initiatives locales',
      ]);
      expect(await page.locator('header').textContent()).toContain('Département de démonstration');
      // No script at all, and no inline style (the CSP allows neither).
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('style, [style]').count()).toBe(0);
      await verifierAxe(page);
      await verifierClavier(page, [
        '.lien-evitement',
        '.entete__marque',
        '.entete__compte a',
        'nav a[href="/"]',
        'nav a[href="/compte"]',
        'a[href="/dispositifs/aide-permis"]',
        'a[href="/dispositifs/bourse-bafa"]',
        'a[href="/dispositifs/initiatives-locales"]',
      ]);
      await capturer('catalogue');
    });

    it('skip link moves to the main content', async () => {
      await ouvrir('/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    });

    it('dispositif page: description, pieces to provide, and a sign-in link that comes back here', async () => {
      expect(await ouvrir('/dispositifs/aide-permis')).toBe(200);
      expect(await page.title()).toBe('Aide au permis de conduire – Guichet');
      expect(await page.locator('main').textContent()).toContain('Devis de l’auto-école');
      const lien = page.locator('main a:text("Se connecter pour déposer un dossier")');
      expect(await lien.getAttribute('href')).toBe('/auth/connexion?returnTo=%2Fdispositifs%2Faide-permis');
      await verifierAxe(page);
    });

    it('dispositif page: justificatifs with the document expected, and those that depend on the situation', async () => {
      expect(await ouvrir('/dispositifs/initiatives-locales')).toBe(200);
      const pieces = await page.locator('#pieces + ul li').allTextContents();
      expect(pieces).toEqual([
        expect.stringMatching(/^RIB \*.*Document attendu : Relevé d’identité bancaire\. PDF$/),
        expect.stringMatching(/^Statuts de l’association \(selon votre situation\)PDF$/),
      ]);
      await verifierAxe(page);
    });

    it.each(['/dispositifs/inconnu', '/page/qui/nexiste/pas'])('404 in French for %s', async (chemin) => {
      expect(await ouvrir(chemin)).toBe(404);
      expect(await page.title()).toBe('Page introuvable – Guichet');
      await verifierAxe(page);
    });

    it('a CMS failure gives the French 500 page, an unreachable CMS the 503 page', async () => {
      stub.echouerProchain('GET', /\/catalogue\/bourse-bafa$/, 500);
      expect(await ouvrir('/dispositifs/bourse-bafa')).toBe(500);
      expect(await page.title()).toBe('Le service rencontre un problème – Guichet');
      expect(await page.content()).not.toContain('Échec simulé');
      await verifierAxe(page);
      stub.echouerProchain('GET', /\/catalogue\/bourse-bafa$/, 502);
      const reponse = await page.goto(`${base}/dispositifs/bourse-bafa`);
      expect(reponse?.status()).toBe(503);
      expect(reponse?.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(await page.title()).toBe('Service momentanément indisponible – Guichet');
      expect(await ouvrir('/dispositifs/bourse-bafa')).toBe(200);
    });

    it('/compte asks to sign in and remembers where to come back', async () => {
      const reponse = await fetch(`${base}/compte/dossiers/GU-2026-000098?onglet=1`, { redirect: 'manual' });
      expect(reponse.status).toBe(302);
      expect(reponse.headers.get('location')).toBe(
        '/auth/connexion?returnTo=%2Fcompte%2Fdossiers%2FGU-2026-000098%3Fonglet%3D1',
      );
      expect(reponse.headers.get('cache-control')).toBe('private, no-store');
    });

    it('a cross-site form post is refused (checkOrigin)', async () => {
      const reponse = await fetch(`${base}/dispositifs/aide-permis`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: '_csrf=x',
      });
      expect(reponse.status).toBe(403);
    });

    it('sign-in refuses a returnTo that leaves the site', async () => {
      const reponse = await fetch(`${base}/auth/connexion?returnTo=${encodeURIComponent('//evil.example/')}`, {
        redirect: 'manual',
      });
      expect(reponse.status).toBe(302);
      const versIdp = new URL(reponse.headers.get('location') ?? '');
      expect(versIdp.pathname).toMatch(/\/realms\/guichet\/protocol\/openid-connect\/auth$/);
      expect(versIdp.searchParams.get('code_challenge_method')).toBe('S256');
      expect(versIdp.searchParams.get('redirect_uri')).toBe(`${base}/auth/callback`);
      const cookie = reponse.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/guichet_oidc=.*Path=\/auth.*HttpOnly.*SameSite=Lax/i);
      expect(decodeURIComponent(cookie)).toContain('"retour":"/compte"');
    });
  });
}
