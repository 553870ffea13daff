/** The account area after the small model's deposit: « Mes dossiers », a dossier, refusals, session end. */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../../../e2e/support/accessibilite';
import { env, ouvrir } from './env';

export function espaceCompte(): void {
  let page: Page;
  let base: string;
  let stub: typeof env.stub;
  let contexte: BrowserContext;
  beforeAll(() => {
    ({ page, base, stub, contexte } = env);
  });

  describe('account area', () => {
    const NUMERO = 'GU-2026-000200';

    it('« Mes dossiers » lists the dossiers in a table with a caption', async () => {
      const reponse = await page.goto(`${base}/compte`);
      expect(reponse?.headers()['cache-control']).toBe('private, no-store');
      expect(await page.title()).toBe('Mes dossiers – Guichet');
      expect(await page.locator('table caption').textContent()).toBe('Vos dossiers, du plus récent au plus ancien');
      expect(await page.locator('tbody th[scope="row"]').allTextContents()).toEqual([
        NUMERO,
        'GU-2026-000302',
        'GU-2026-000301',
        'GU-2026-000300',
        'GU-2026-000098',
        'GU-2026-000123',
      ]);
      await verifierAxe(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await verifierAxe(page);
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('a dossier shows received documents with downloads kept as attachments', async () => {
      await ouvrir('/compte/dossiers/GU-2026-000098');
      expect(await page.locator('#documents-recus + ul a').textContent()).toContain('accuse-de-reception.pdf');
      await verifierAxe(page);
      const telechargement = await page.request.get(`${base}/compte/dossiers/GU-2026-000098/pieces/12`);
      expect(telechargement.status()).toBe(200);
      expect(telechargement.headers()['content-disposition']).toBe('attachment; filename="accuse-de-reception.pdf"');
      expect(telechargement.headers()['x-content-type-options']).toBe('nosniff');
      expect((await telechargement.body()).toString()).toBe('%PDF-1.7 accuse');
      expect((await page.request.get(`${base}/compte/dossiers/GU-2026-000098/pieces/999`)).status()).toBe(404);
    });

    it('a brouillon shows « Compléter » and an unknown dossier is a 404', async () => {
      await ouvrir('/compte/dossiers/GU-2026-000123');
      expect(await page.locator(`main a[href="/compte/dossiers/GU-2026-000123/modifier"]`).textContent()).toBe(
        'Compléter mon dossier',
      );
      expect(await page.locator('.ligne-de-vie').count()).toBe(0);
      await verifierAxe(page);
      expect(await ouvrir('/compte/dossiers/GU-2099-999999')).toBe(404);
      expect(await page.title()).toBe('Page introuvable – Guichet');
    });

    it('refuses a POST without the session’s CSRF token first, or not multipart', async () => {
      await ouvrir('/compte/dossiers/GU-2026-000123/modifier');
      const csrf = await page.locator('main input[name="_csrf"]').inputValue();
      const chemin = `${base}/compte/dossiers/GU-2026-000123/modifier`;
      const envois = [
        { multipart: { _csrf: 'mauvais-jeton', version: '1', nom: 'Pirate', action: 'enregistrer' } },
        { multipart: { version: '1', _csrf: csrf, nom: 'Pirate', action: 'enregistrer' } },
        { form: { _csrf: csrf, version: '1', nom: 'Pirate', action: 'enregistrer' } },
      ];
      for (const envoi of envois) {
        const reponse = await page.request.post(chemin, { headers: { Origin: base }, ...envoi });
        expect(reponse.status()).toBe(403);
        expect(await reponse.text()).toContain('Formulaire expiré');
      }
      expect(stub.requetes.some((r) => r.methode === 'PUT' && r.chemin.endsWith('GU-2026-000123'))).toBe(false);
    });

    it('signs in again when the CMS no longer accepts the session (401)', async () => {
      stub.echouerProchain('GET', /^\/api\/usagers\/dossiers$/, 401);
      await page.goto(`${base}/compte`);
      // The IdP still has its own session: the round trip needs no password and comes back to /compte.
      await page.waitForURL(`${base}/compte`);
      expect(await page.locator('table caption').count()).toBe(1);
    });

    it('signs out (POST with CSRF, then RP-initiated logout at the IdP)', async () => {
      await page.click('button:text("Se déconnecter")');
      const bouton = page.locator('form button:text("Se déconnecter")');
      // The IdP's confirmation page submits itself with JavaScript; click if it is still there. The click is
      // awaited (bounded) so that it never stays pending and fires on a later test's page with the same button.
      const clic = bouton.click({ timeout: 5_000 }).catch(() => undefined);
      await Promise.race([page.waitForURL(`${base}/`), clic]);
      await page.waitForURL(`${base}/`);
      await clic;
      expect(await page.locator('header a:text("Se connecter")').count()).toBe(1);
      expect((await contexte.cookies(base)).some((c) => c.name === 'guichet_session')).toBe(false);
      expect(await ouvrir('/compte')).toBe(200);
      expect(page.url()).toContain('/realms/guichet/');
    });
  });
}
