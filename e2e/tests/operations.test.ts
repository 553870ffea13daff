/**
 * Agents' operations on dossiers in the admin, end to end against the stack started as in production, signed in as
 * the demo agent: « Nouveau dossier » creates an individu and files a dossier for them; on the dossier page the agent
 * flags it, assigns it, and deletes it through the confirmation dialog (numero typed again), after which it is gone
 * from the list. The creation page and the dossier page pass axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../support/accessibilite';
import { lancerChromium } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
let numero = '';
const erreursDePage: string[] = [];

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  contexte = await navigateur.newContext({ locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
  page = await contexte.newPage();
  page.on('pageerror', (erreur) => erreursDePage.push(`${page.url()} : ${erreur.message}`));
  page.setDefaultTimeout(60_000);
  await page.goto(`${pile.cms}/admin/auth/login`);
  await page.fill('input[name="email"]', 'agent@guichet.localhost');
  await page.fill('input[name="password"]', 'Instructeur-2026');
  await Promise.all([page.waitForURL(/\/admin(\/)?$/, { timeout: 60_000 }), page.click('button[type="submit"]')]);
});
afterEach(() => {
  expect(erreursDePage.splice(0)).toEqual([]);
});
afterAll(async () => {
  await contexte?.close();
  await navigateur?.close();
  await pile?.arreter();
});

it('« Nouveau dossier » : crée un individu puis un dossier déposé pour lui', async () => {
  await page.goto(`${pile.cms}/admin/plugins/instruction`);
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByRole('heading', { name: 'Nouveau dossier', level: 1 }).waitFor();
  await page.getByRole('combobox', { name: 'Dispositif' }).click();
  await page.getByRole('option', { name: 'Aide aux projets associatifs' }).click();
  await page.getByLabel(/^Nom/).fill('Martin');
  await page.getByLabel('Prénom', { exact: true }).fill('Noé');
  await page.getByRole('button', { name: 'Créer l’individu' }).click();
  await page.getByText('Dossier pour : Noé Martin').waitFor();
  await verifierAxe(page);

  await Promise.all([
    page.waitForURL(/\/plugins\/instruction\/dossiers\/\d{4}-\d{6,}$/),
    page.getByRole('button', { name: 'Créer le dossier' }).click(),
  ]);
  numero = page.url().split('/').pop()!;
  await page.waitForSelector('[data-testid="statut"]:has-text("Reçu")');
});

it('pose un drapeau et affecte le dossier depuis sa fiche', async () => {
  await page.getByRole('checkbox', { name: 'Urgent' }).click();
  await page.getByRole('button', { name: 'Enregistrer les drapeaux' }).click();
  await page.getByText('Les drapeaux sont enregistrés.').waitFor();

  await page.getByRole('combobox', { name: 'Agent affecté' }).click();
  const options = page.getByRole('option');
  await options.nth(1).waitFor();
  const nom = (await options.nth(1).textContent())!.trim();
  await options.nth(1).click();
  await page.getByRole('button', { name: 'Affecter' }).click();
  await page.getByText('L’affectation est enregistrée.').waitFor();
  expect(await page.getByRole('combobox', { name: 'Agent affecté' }).textContent()).toContain(nom);
  await verifierAxe(page);
});

it('supprime le dossier après confirmation du numéro ; il disparaît de la liste', async () => {
  await page.getByRole('button', { name: 'Supprimer le dossier' }).click();
  const dialogue = page.getByRole('alertdialog');
  await dialogue.waitFor();
  const valider = dialogue.getByRole('button', { name: 'Supprimer définitivement' });
  expect(await valider.isDisabled()).toBe(true);
  await dialogue.getByLabel(`Recopiez le numéro du dossier (${numero}) pour confirmer`).fill(numero);
  await dialogue.getByLabel('Motif de la suppression').fill('Créé par erreur pendant le test.');
  await Promise.all([page.waitForURL(/\/plugins\/instruction$/), valider.click()]);
  await page.getByRole('heading', { name: 'Dossiers à instruire', level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.locator(`[data-testid="dossier-${numero}"]`).count()).toBe(0);
});
