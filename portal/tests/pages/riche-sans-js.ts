/**
 * The rich form without JavaScript: conditions follow the answers after « Enregistrer le brouillon » (server
 * render), and « Ajouter une ligne » adds a row to the table through the server. The portal's scripts are blocked
 * (rather than JavaScript switched off in the browser) so that axe can still be injected into the page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../../../e2e/support/accessibilite';
import { derniere, env, ouvrir, soumettre } from './env';
import { BROUILLON, formulaireDe } from './riche-commun';

export function sansJavaScript(): void {
  describe('without JavaScript', () => {
    let contexte: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      contexte = await env.navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
      await contexte.route('**/_astro/*.js', (route) => route.abort());
      // The same signed-in session.
      await contexte.addCookies(await env.contexte.cookies());
      page = await contexte.newPage();
    });

    afterAll(async () => {
      await contexte?.close();
    });

    it('« Enregistrer » shows the section a radio answer asks for, and hides it again', async () => {
      await ouvrir(formulaireDe(BROUILLON), page);
      // No script ran: the combobox is a plain text input.
      expect(await page.locator('#champ-adresse').getAttribute('role')).toBeNull();
      expect(await page.locator('[data-section="etudes"]').isHidden()).toBe(true);
      await page.check('#champ-situation-1');
      expect(await page.locator('[data-section="etudes"]').isHidden()).toBe(true);
      expect(await soumettre('button[value="enregistrer"]', page)).toBe(303);
      expect(await page.locator('[data-section="etudes"]').isVisible()).toBe(true);
      expect(await page.locator('#champ-situation-1').isChecked()).toBe(true);
      await verifierAxe(page);
      await page.fill('#champ-etablissement', 'Lycée du Parc');
      expect(await soumettre('button[value="enregistrer"]', page)).toBe(303);
      expect(JSON.parse(derniere('PUT', BROUILLON)!.corps.toString()).donnees).toMatchObject({
        situation: 'etudiant',
        etablissement: 'Lycée du Parc',
      });
      await page.check('#champ-situation');
      expect(await soumettre('button[value="enregistrer"]', page)).toBe(303);
      expect(await page.locator('[data-section="etudes"]').isHidden()).toBe(true);
      // The hidden field's value was posted but not kept.
      const donnees = JSON.parse(derniere('PUT', BROUILLON)!.corps.toString()).donnees;
      expect(donnees.situation).toBe('salarie');
      expect(donnees).not.toHaveProperty('etablissement');
    });

    it('« Ajouter une ligne » saves the table and comes back with one more row, focused on it', async () => {
      await page.fill('#champ-depenses-0-poste', 'Sonorisation');
      await page.fill('#champ-depenses-0-quantite', '2');
      await page.fill('#champ-depenses-0-prix', '150');
      expect(await soumettre('button[value="ligne:depenses"]', page)).toBe(303);
      expect(page.url()).toBe(`${env.base}${formulaireDe(BROUILLON)}?tableau=depenses&lignes=2#champ-depenses-1-poste`);
      expect(await page.locator('.avis--succes').textContent()).toContain('Une ligne a été ajoutée au tableau.');
      expect(await page.locator('table.tableau--saisie tbody tr').count()).toBe(2);
      expect(await page.locator('input[name="depenses__lignes"]').getAttribute('value')).toBe('2');
      expect(await page.locator('#champ-depenses-0-poste').inputValue()).toBe('Sonorisation');
      // Computed by the server: the calcul column and the stored row.
      expect(await page.locator('#champ-depenses-0-total').textContent()).toBe('300,00');
      expect(JSON.parse(derniere('PUT', BROUILLON)!.corps.toString()).donnees.depenses).toEqual([
        { poste: 'Sonorisation', quantite: 2, prix: 150, total: 300 },
      ]);
      expect(await page.locator('#champ-depenses-1-poste').getAttribute('aria-labelledby')).toBe(
        'champ-depenses-ligne-1 champ-depenses-col-poste',
      );
      await page.fill('#champ-depenses-1-poste', 'Affiches');
      await page.fill('#champ-depenses-1-quantite', '100');
      await page.fill('#champ-depenses-1-prix', '0,5');
      expect(await soumettre('button[value="ligne:depenses"]', page)).toBe(303);
      expect(await page.locator('table.tableau--saisie tbody tr').count()).toBe(3);
      expect(await page.locator('#champ-depenses-1-total').textContent()).toBe('50,00');
      await verifierAxe(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await verifierAxe(page);
    });

    it('a table cell typed wrong comes back with the error on that cell, and the extra row when asked', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.fill('#champ-depenses-2-poste', 'Buvette');
      await page.fill('#champ-depenses-2-quantite', 'trois');
      expect(await soumettre('button[value="ligne:depenses"]', page)).toBe(422);
      expect(await page.locator('.resume-erreurs a').getAttribute('href')).toBe('#champ-depenses-2-quantite');
      expect(await page.locator('#champ-depenses-2-quantite').inputValue()).toBe('trois');
      expect(await page.locator('table.tableau--saisie tbody tr').count()).toBe(4);
      // The model allows 4 rows: no more « Ajouter une ligne ».
      expect(await page.locator('button[value="ligne:depenses"]').count()).toBe(0);
      await verifierAxe(page);
    });
  });
}
