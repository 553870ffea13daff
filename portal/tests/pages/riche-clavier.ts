/**
 * The rich form filled and deposited with the keyboard alone (Tab, typing, arrows, Space, Enter), from the
 * dispositif page to the dossier page, then the answers as the citizen reads them.
 */
import type { FileChooser, Page } from 'playwright-core';
import { verifierAxe } from '../../../e2e/support/accessibilite';
import { capturer, derniere, env, ouvrir } from './env';
import { attendreVisibilite } from './riche-commun';

/** Presses Tab until the focused element matches `selecteur`; fails with the path taken after `max` presses. */
async function tabulerJusqua(page: Page, selecteur: string, max = 40): Promise<void> {
  const parcours: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const { correspond, description } = await page.evaluate((sel) => {
      const actif = document.activeElement;
      return {
        correspond: actif?.matches(sel) ?? false,
        description: `${actif?.tagName.toLowerCase()}#${actif?.id}[${actif?.getAttribute('name') ?? ''}]`,
      };
    }, selecteur);
    parcours.push(description);
    if (correspond) return;
  }
  throw new Error(`${selecteur} jamais atteint au clavier : ${parcours.join(' → ')}`);
}

async function taper(page: Page, selecteur: string, texte: string): Promise<void> {
  await tabulerJusqua(page, selecteur);
  await page.keyboard.type(texte);
}

export function clavierSeulement(): void {
  it('is filled and deposited with the keyboard alone, then read on the dossier page', async () => {
    const { page } = env;
    // Listening from the start: Playwright intercepts file choosers only once a listener is registered, and that
    // takes a round trip to the browser; registered just before the key press, it may come too late.
    const choixDuFichier = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
    await ouvrir('/dispositifs/initiatives-locales');
    await tabulerJusqua(page, 'main button[type="submit"]');
    await Promise.all([page.waitForURL(/\/modifier$/), page.keyboard.press('Enter')]);
    const formulaire = new URL(page.url()).pathname;
    const numero = formulaire.split('/')[3] ?? '';

    await tabulerJusqua(page, '#champ-prenom');
    expect(await page.locator('#champ-prenom').inputValue()).toBe('Camille');
    await taper(page, '#champ-naissance', '12042001');
    if ((await page.locator('#champ-naissance').inputValue()) === '2001-12-04') {
      // The browser's own locale puts the month first (mm/dd/yyyy): back to the first part, typed in that order.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('04122001');
    }
    expect(await page.locator('#champ-naissance').inputValue()).toBe('2001-04-12');
    await taper(page, '#champ-courriel', 'camille.martin@example.org');
    // The address: suggestions while typing, Down arrow then Enter to choose.
    await taper(page, '#champ-adresse', '8 bd du port');
    await page.locator('#champ-adresse-suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#champ-adresse').inputValue()).toBe('8 Boulevard du Port 80000 Amiens');
    // Radios: Tab enters the group, arrows choose; the section the answer asks for appears.
    await tabulerJusqua(page, 'input[name="situation"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#champ-situation-1').isChecked()).toBe(true);
    await attendreVisibilite(page, '[data-section="etudes"]', true);
    await taper(page, '#champ-etablissement', 'Université de Picardie');
    await tabulerJusqua(page, '#champ-boursier');
    await page.keyboard.press('Space');
    await taper(page, '#champ-titre_projet', 'Festival de quartier');
    await taper(page, '#champ-presentation', '<p>Bonjour <strong>à tous</strong></p><script>alert(1)</script>');
    await tabulerJusqua(page, '#champ-themes');
    await page.keyboard.press('Space');
    await tabulerJusqua(page, '#champ-commune');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#champ-commune').inputValue()).toBe('80021');
    await taper(page, '#champ-depenses-0-poste', 'Sonorisation');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('150');
    await page.waitForFunction(() => document.querySelector('#champ-depenses-0-total')?.textContent === '300,00');
    await taper(page, '#champ-cout_total', '1 200');
    await page.keyboard.press('Tab');
    await page.keyboard.type('600');
    await page.waitForFunction(() => document.querySelector('#champ-part')?.textContent === '50');
    await taper(page, '#champ-iban', 'FR76 3000 6000 0112 3456 7890 189');
    // The justificatif: Space opens the file chooser (answered by the test, as a person would in the dialog).
    await tabulerJusqua(page, '#champ-rib');
    await page.keyboard.press('Space');
    await (
      await choixDuFichier
    ).setFiles({ name: 'rib.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 rib') });
    await tabulerJusqua(page, 'button[value="deposer"]');
    await Promise.all([page.waitForURL(`${env.base}/compte/dossiers/${numero}`), page.keyboard.press('Enter')]);

    expect(await page.locator('.avis--succes').textContent()).toContain(`Votre dossier ${numero} a bien été déposé.`);
    const depot = JSON.parse(derniere('POST', `${numero}/depot`)!.corps.toString()).donnees;
    expect(depot).toMatchObject({
      prenom: 'Camille',
      naissance: '2001-04-12',
      age: 25,
      adresse: { libelle: '8 Boulevard du Port 80000 Amiens', codeInsee: '80021' },
      situation: 'etudiant',
      etablissement: 'Université de Picardie',
      boursier: true,
      themes: ['culture'],
      commune: '80021',
      depenses: [{ poste: 'Sonorisation', quantite: 2, prix: 150, total: 300 }],
      cout_total: 1200,
      montant_demande: 600,
      part: 50,
      iban: 'FR7630006000011234567890189',
    });
    // Sanitised by the portal before it left: the script is gone.
    expect(depot.presentation).toBe('<p>Bonjour <strong>à tous</strong></p>');
    expect(derniere('POST', `${numero}/pieces`)).toBeDefined();

    // The answers, onglet by onglet, as the citizen reads them.
    expect(await page.locator('.reponses-onglet > h3').allTextContents()).toEqual([
      'Vous',
      'Votre projet',
      'Pièces et informations',
    ]);
    const reponses = await page.locator('.reponses').allInnerTexts();
    expect(reponses.join('\n')).toContain('Festival de quartier');
    expect(await page.locator('.reponses .prose--html strong').textContent()).toBe('à tous');
    expect(await page.locator('.reponses table tbody tr').count()).toBe(1);
    expect(await page.locator('main script').count()).toBe(0);
    await verifierAxe(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await verifierAxe(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a deposited dossier shows sanitised formatted text, a table and a map link; no agent field', async () => {
    const { page } = env;
    await ouvrir('/compte/dossiers/GU-2026-000302');
    const main = page.locator('main');
    expect(await main.locator('.prose--html strong').textContent()).toBe('festival');
    expect(await main.locator('.prose--html script, .prose--html img, [onerror]').count()).toBe(0);
    expect(await main.locator('.reponses table th[scope="col"]').allTextContents()).toEqual([
      'Poste',
      'Quantité',
      'Prix unitaire',
      'Total',
    ]);
    expect(await main.locator('.reponses table tbody td').allTextContents()).toContain('300,00');
    expect(await main.locator('.reponse__carte').getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=49.897443&mlon=2.290084#map=18/49.897443/2.290084',
    );
    expect(await main.textContent()).not.toContain('Note interne');
    // Justificatifs the dossier asks for as it stands: the association's statuts are not (particulier).
    expect(await main.locator('section[aria-labelledby="justificatifs"] h3').allTextContents()).toEqual(['RIB']);
    expect(await main.locator('section[aria-labelledby="justificatifs"]').textContent()).toContain(
      'Document attendu : Relevé d’identité bancaire.',
    );
    // Hidden by its condition (particulier): the association's section is not listed.
    expect(await main.textContent()).not.toContain('Votre association');
    await verifierAxe(page);
    await capturer('dossier-riche');
  });
}
