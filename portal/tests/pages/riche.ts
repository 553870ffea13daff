/**
 * The rich model (tests/support/modeles.ts): every field type a citizen fills, onglets with a table of contents,
 * two-column lignes, a section shown by a radio and one by the profile type, calculs, a table, an address with
 * suggestions, connectors. Checked at 1280 and 375 px with axe, with and without JavaScript.
 */
import type { Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../../../e2e/support/accessibilite';
import { capturer, derniere, env, ouvrir, seConnecterDepuis, soumettre } from './env';
import { ASSOCIATION, attendreVisibilite, BROUILLON, formulaireDe } from './riche-commun';
import { adresses } from './riche-adresse';
import { clavierSeulement } from './riche-clavier';
import { sansJavaScript } from './riche-sans-js';

export function formulaireRiche(): void {
  let page: Page;
  beforeAll(() => {
    ({ page } = env);
  });

  describe('rich form', () => {
    it('signs in again and opens the form: onglets, table of contents, lignes, every field type', async () => {
      await ouvrir(formulaireDe(BROUILLON));
      await seConnecterDepuis(null);
      expect(page.url()).toBe(`${env.base}${formulaireDe(BROUILLON)}`);
      expect(await page.locator('main h2').allTextContents()).toEqual([
        'Vous',
        'Votre projet',
        'Pièces et informations',
      ]);
      const sommaire = page.locator('nav.sommaire');
      expect(await sommaire.getAttribute('aria-labelledby')).toBe('sommaire-titre');
      expect(await sommaire.locator('a').evaluateAll((liens) => liens.map((a) => a.getAttribute('href')))).toEqual([
        '#onglet-vous',
        '#onglet-projet',
        '#onglet-pieces',
      ]);
      expect(await page.locator('section#onglet-projet').getAttribute('aria-labelledby')).toBe('onglet-projet-titre');
      expect(await page.locator('#onglet-vous .section > h3').allTextContents()).toEqual([
        'Identité',
        'Votre situation',
        'Vos études',
      ]);
      // Two fields side by side on a ligne.
      const double = page.locator('.ligne--double').first();
      expect(
        await double.locator('[data-champ]').evaluateAll((c) => c.map((e) => e.getAttribute('data-champ'))),
      ).toEqual(['prenom', 'nom']);
      // Types, keyboards and autofill.
      const attr = (sel: string, nom: string) => page.locator(sel).getAttribute(nom);
      expect(await attr('#champ-prenom', 'autocomplete')).toBe('given-name');
      expect(await attr('#champ-courriel', 'type')).toBe('email');
      expect(await attr('#champ-courriel', 'autocomplete')).toBe('email');
      expect(await attr('#champ-telephone', 'type')).toBe('tel');
      expect(await attr('#champ-naissance', 'autocomplete')).toBe('bday');
      expect(await attr('#champ-siret', 'inputmode')).toBe('numeric');
      expect(await attr('#champ-iban', 'autocapitalize')).toBe('characters');
      expect(await attr('#champ-participants', 'inputmode')).toBe('numeric');
      expect(await page.locator('#champ-nir-aide').textContent()).toContain('sécurité sociale');
      // Choices: radios and checkboxes in fieldsets, a référentiel in a select.
      expect(await page.locator('fieldset:has(#champ-situation) > legend').textContent()).toContain('Vous êtes');
      expect(await page.locator('input[name="situation"][required]').count()).toBe(3);
      expect(await page.locator('fieldset:has(#champ-themes) input[type="checkbox"]').count()).toBe(3);
      expect(await page.locator('input[type="hidden"][name="themes__present"]').count()).toBe(1);
      expect(await page.locator('#champ-commune option').allTextContents()).toEqual([
        'Choisir une option',
        'Amiens',
        'Abbeville',
        'Péronne',
      ]);
      // Static and computed content.
      expect(await page.locator('.note').textContent()).toContain('Le comité se réunit chaque trimestre.');
      const part = page.locator('#champ-part');
      expect(await part.evaluate((e) => e.tagName)).toBe('OUTPUT');
      expect(await part.getAttribute('aria-live')).toBe('polite');
      expect(await part.textContent()).toBe('Pas encore calculé');
      // The table: caption, headers with scope, cells labelled by their row and column.
      const tableau = page.locator('table.tableau--saisie');
      expect(await tableau.locator('caption').textContent()).toContain('Dépenses prévues');
      expect(await tableau.locator('th[scope="col"]').count()).toBe(4);
      expect(await tableau.locator('tbody th[scope="row"]').allTextContents()).toEqual(['Ligne 1']);
      expect(await attr('#champ-depenses-0-poste', 'aria-labelledby')).toBe(
        'champ-depenses-ligne-0 champ-depenses-col-poste',
      );
      expect(await attr('input[name="depenses__lignes"]', 'value')).toBe('1');
      expect(await page.locator('button[value="ligne:depenses"]').textContent()).toContain('Ajouter une ligne');
      // Connectors, justificatifs, formatted text.
      expect(await page.locator('button[value="connecteur:quotient"]').textContent()).toContain(
        'Récupérer mes informations',
      );
      expect(await page.locator('#champ-rib-aide').textContent()).toContain(
        'Document attendu : Relevé d’identité bancaire.',
      );
      expect(await page.locator('#champ-presentation-aide').textContent()).toContain('<strong> gras');
      // Conditions false on the server: the radio's section and the association's are there but hidden.
      for (const cache of ['[data-section="etudes"]', '[data-section="association"]', '[data-champ="statuts"]'])
        expect(await page.locator(cache).getAttribute('hidden')).toBe('');
      // Agent-only fields never reach the citizen's page, nor the script's data.
      const html = await page.content();
      expect(html).not.toContain('avis_agent');
      expect(html).not.toContain('Avis de l’instructeur');
      // Scripts are files from the portal (CSP 'self'), never inline; no inline style.
      const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src')));
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(src).toMatch(/^\/_astro\/.+\.js$/);
      expect(await page.locator('style, [style]').count()).toBe(0);
      await verifierAxe(page);
      await verifierClavier(
        page,
        [
          'a[href="#onglet-vous"]',
          '#champ-prenom',
          '#champ-nom',
          '#champ-naissance',
          '#champ-courriel',
          '#champ-adresse',
          '#champ-situation',
          '#champ-titre_projet',
          '#champ-themes',
          '#champ-commune',
          '#champ-depenses-0-poste',
          'button[value="ligne:depenses"]',
          '#champ-iban',
          'button[value="connecteur:quotient"]',
          '#champ-rib',
          'button[value="deposer"]',
        ],
        120,
      );
      await capturer('formulaire-riche');
    });

    it('stacks lignes on phones (375 px) and keeps 0 axe violations', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      const colonnes = await page
        .locator('.ligne--double')
        .first()
        .evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);
      expect(colonnes).toBe(1);
      await verifierAxe(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(
        await page
          .locator('.ligne--double')
          .first()
          .evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length),
      ).toBe(2);
    });

    it('with JavaScript, a radio shows its section at once and computed values follow the answers', async () => {
      await page.check('#champ-situation-1');
      await attendreVisibilite(page, '[data-section="etudes"]', true);
      await verifierAxe(page);
      await page.check('#champ-situation');
      await attendreVisibilite(page, '[data-section="etudes"]', false);
      await page.fill('#champ-cout_total', '1 000');
      await page.fill('#champ-montant_demande', '250');
      await page.waitForFunction(() => document.querySelector('#champ-part')?.textContent === '25');
      await page.fill('#champ-naissance', '2001-04-12');
      await page.waitForFunction(() => /25/.test(document.querySelector('#champ-age')?.textContent ?? ''));
      await page.fill('#champ-depenses-0-poste', 'Sono');
      await page.fill('#champ-depenses-0-quantite', '2');
      await page.fill('#champ-depenses-0-prix', '150,5');
      await page.waitForFunction(() => document.querySelector('#champ-depenses-0-total')?.textContent === '301,00');
    });

    it('shows the association’s section and justificatif to an association (@profil), on the server', async () => {
      await ouvrir(formulaireDe(ASSOCIATION));
      expect(await page.locator('[data-section="association"]').getAttribute('hidden')).toBeNull();
      expect(await page.locator('[data-champ="statuts"]').getAttribute('hidden')).toBeNull();
      expect(await page.locator('#champ-siret').isVisible()).toBe(true);
      await verifierAxe(page);
    });

    adresses();

    sansJavaScript();

    it('links each error to the control to fix: a table cell, a radio, a group of checkboxes', async () => {
      await ouvrir(formulaireDe(ASSOCIATION));
      await page.fill('#champ-depenses-0-poste', 'Sono');
      await page.fill('#champ-depenses-0-quantite', 'beaucoup');
      expect(await soumettre('button[value="deposer"]')).toBe(422);
      const liens = await page
        .locator('.resume-erreurs a')
        .evaluateAll((a) => a.map((lien) => [lien.getAttribute('href'), lien.textContent]));
      const cibles = liens.map(([href]) => href);
      expect(cibles).toEqual(
        expect.arrayContaining(['#champ-situation', '#champ-themes', '#champ-siret', '#champ-depenses-0-quantite']),
      );
      expect(liens.find(([href]) => href === '#champ-depenses-0-quantite')?.[1]).toMatch(
        /Dépenses prévues.*Ligne 1|ligne 1/i,
      );
      for (const cible of cibles) {
        const tag = await page.evaluate((id) => document.getElementById(id!.slice(1))?.tagName, cible);
        expect([cible, tag]).toEqual([cible, expect.stringMatching(/^(INPUT|SELECT|TEXTAREA|BUTTON)$/)]);
      }
      expect(await page.locator('#champ-situation').getAttribute('type')).toBe('radio');
      expect(await page.locator('#champ-themes').getAttribute('type')).toBe('checkbox');
      const cellule = page.locator('#champ-depenses-0-quantite');
      expect(await cellule.getAttribute('aria-invalid')).toBe('true');
      expect(await cellule.getAttribute('aria-describedby')).toBe('champ-depenses-0-quantite-erreur');
      expect(await page.locator('#champ-depenses-0-quantite-erreur').isVisible()).toBe(true);
      expect(await cellule.inputValue()).toBe('beaucoup');
      // Following the link with the keyboard brings the cell into view.
      await page.locator('.resume-erreurs a[href="#champ-depenses-0-quantite"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#champ-depenses-0-quantite$/);
      await verifierAxe(page);
      await capturer('formulaire-riche-erreurs');
    });

    it('« Récupérer mes informations » shows the connector’s data, or the CMS’s French message', async () => {
      await ouvrir(formulaireDe(ASSOCIATION));
      expect(await soumettre('button[value="connecteur:quotient"]')).toBe(303);
      expect(page.url()).toBe(`${env.base}${formulaireDe(ASSOCIATION)}#champ-quotient`);
      expect(await page.locator('[data-champ="quotient"] .connecteur__donnees').textContent()).toContain(
        'quotient_familial : 620',
      );
      expect(derniere('POST', `${ASSOCIATION}/connecteurs/quotient`)).toBeDefined();
      expect(await soumettre('button[value="connecteur:identite_r2p"]')).toBe(502);
      expect(await page.locator('.resume-erreurs a[href="#champ-identite_r2p"]').textContent()).toBe(
        'Le service de l’INSEE ne répond pas. Réessayez dans une heure.',
      );
      expect(await page.locator('#champ-identite_r2p-erreur').textContent()).toContain('Le service de l’INSEE');
      await verifierAxe(page);
    });

    clavierSeulement();
  });
}
