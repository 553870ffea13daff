/**
 * « Pièces demandées » on a deposited dossier: one accessible upload form per open request, without JavaScript
 * (the portal's scripts are blocked, so that axe can still run): refusals come back with an error summary linked to
 * the file input, a PDF answers the request, a form without the session's CSRF token is refused.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../../../e2e/support/accessibilite';
import { derniere, env, ouvrir, soumettre } from './env';

const NUMERO = 'GU-2026-000302';
const PAGE = `/compte/dossiers/${NUMERO}`;

export function piecesDemandees(): void {
  describe('pièces demandées (without JavaScript)', () => {
    let contexte: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      contexte = await env.navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
      await contexte.route('**/_astro/*.js', (route) => route.abort());
      await contexte.addCookies(await env.contexte.cookies());
      page = await contexte.newPage();
    });
    afterAll(async () => {
      await contexte?.close();
    });

    it('lists the open requests, each with a labelled file input, its hint and a button', async () => {
      expect(await ouvrir(PAGE, page)).toBe(200);
      const section = page.locator('section[aria-labelledby="pieces-demandees"]');
      expect(await section.locator('h2').textContent()).toBe('Pièces demandées');
      expect(await section.locator('h3').allTextContents()).toEqual([
        'Document demandé : RIB',
        'Document demandé : statuts signés',
      ]);
      expect(await section.locator('#demande-41').textContent()).toContain(
        'Merci de joindre un RIB au nom de l’association.',
      );
      expect(await page.locator('label[for="demande-41-fichier"]').textContent()).toContain('Fichier à envoyer pour');
      expect(await page.locator('#demande-41-fichier').getAttribute('aria-describedby')).toBe('demande-41-aide');
      expect((await page.locator('#demande-41-aide').textContent())?.replace(/\s/g, ' ')).toBe(
        'Formats acceptés : PDF, PNG ou JPEG. Taille maximale : 10 Mo.',
      );
      expect((await page.locator('#demande-42-aide').textContent())?.replace(/\s/g, ' ')).toContain('PDF.');
      expect(await page.locator('#demande-41 time').getAttribute('datetime')).toBe('2026-02-03T10:00:00.000Z');
      await verifierAxe(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await verifierAxe(page);
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('no file chosen → 422, error summary linked to the input, message under it', async () => {
      await ouvrir(PAGE, page);
      expect(await soumettre('#demande-41 button[type="submit"]', page)).toBe(422);
      expect(await page.title()).toMatch(/^Erreur :/);
      const lien = page.locator('.resume-erreurs a');
      expect(await lien.getAttribute('href')).toBe('#demande-41-fichier');
      expect((await lien.textContent())?.replace(/\s/g, ' ')).toBe('Choisissez un fichier à envoyer pour « RIB ».');
      expect(await page.locator('#demande-41-fichier').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#demande-41-fichier').getAttribute('aria-describedby')).toBe(
        'demande-41-aide demande-41-erreur',
      );
      expect(await page.locator('#demande-41-erreur').textContent()).toContain('Choisissez un fichier');
      await verifierAxe(page);
    });

    it('a file the CMS refuses → 422 with the CMS’s French message', async () => {
      await ouvrir(PAGE, page);
      await page.setInputFiles('#demande-41-fichier', {
        name: 'rib.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<html>pas un PDF</html>'),
      });
      expect(await soumettre('#demande-41 button[type="submit"]', page)).toBe(422);
      expect(await page.locator('.resume-erreurs a').textContent()).toBe(
        'Le fichier doit être au format PDF, PNG ou JPEG.',
      );
      await verifierAxe(page);
    });

    it('a PDF answers the request: notice, the request leaves the list, the file went to the CMS', async () => {
      await ouvrir(PAGE, page);
      await page.setInputFiles('#demande-41-fichier', {
        name: 'rib.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7 rib'),
      });
      expect(await soumettre('#demande-41 button[type="submit"]', page)).toBe(303);
      expect(page.url()).toBe(`${env.base}${PAGE}#pieces-demandees`);
      expect((await page.locator('main .avis').first().textContent())?.replace(/\s/g, ' ')).toContain(
        'Votre pièce « rib.pdf » a bien été envoyée au service instructeur.',
      );
      expect(await page.locator('#demande-41').count()).toBe(0);
      expect(await page.locator('#demande-42').count()).toBe(1);
      const envoi = derniere('POST', `/dossiers/${NUMERO}/demandes/41/piece`);
      expect(envoi?.entetes.authorization).toBe('Bearer jwt-stub-usager');
      expect(envoi?.corps.toString('latin1')).toContain('%PDF-1.7 rib');
      await verifierAxe(page);
    });

    it('refuses a POST whose first part is not the session’s CSRF token', async () => {
      const reponse = await page.request.post(`${env.base}${PAGE}`, {
        headers: { Origin: env.base },
        multipart: {
          _csrf: 'mauvais-jeton',
          demande: '42',
          fichier: { name: 'statuts.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 x') },
        },
      });
      expect(reponse.status()).toBe(403);
      expect(await reponse.text()).toContain('Formulaire expiré');
      expect(derniere('POST', `/dossiers/${NUMERO}/demandes/42/piece`)).toBeUndefined();
    });
  });
}
