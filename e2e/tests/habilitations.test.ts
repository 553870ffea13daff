/**
 * The « Habilitations » page (/admin/plugins/instruction/habilitations), end to end against the stack started as in
 * production, signed in as the demo super administrator: the matrix shows the demo profil « Instructeur » on the
 * demo dispositif with labelled checkboxes; granting « Exporter » and saving survives a reload and reaches the CSV
 * export; a territoire type and a territoire are created; importing communes with an unknown INSEE code shows the
 * server's French message and writes nothing, a valid import is kept. The page passes axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../support/accessibilite';
import { lancerChromium, ouvrirAdmin } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';
import { ADMIN_DEMO } from '../support/connexion';

const CASE_EXPORTER = 'Exporter — Aide aux projets associatifs — Instructeur';

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
const erreursDePage: string[] = [];

/** French typography puts no-break spaces inside « » and before « : »; compare with plain spaces. */
const lisible = (texte: string | null): string => (texte ?? '').replace(/[\u00A0\u202F]/g, ' ');
const formulaire = (nom: string) => page.getByRole('form', { name: nom, exact: true });

async function ouvrir() {
  await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/instruction/habilitations/matrice'),
    page.goto(`${pile.cms}/admin/plugins/instruction/habilitations`),
  ]);
  await page.getByRole('heading', { name: 'Habilitations', level: 1 }).waitFor();
}

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  ({ contexte, page } = await ouvrirAdmin(navigateur, pile.cms, ADMIN_DEMO, erreursDePage, { telechargements: true }));
});
afterEach(() => {
  expect(erreursDePage.splice(0)).toEqual([]);
});
afterAll(async () => {
  await contexte?.close();
  await navigateur?.close();
  await pile?.arreter();
});

it('le menu mène à la matrice ; accorder « Exporter » et enregistrer tient après rechargement et dans le CSV', async () => {
  await page.goto(`${pile.cms}/admin`);
  await page.getByRole('link', { name: 'Habilitations' }).click();
  await page.getByRole('heading', { name: 'Habilitations', level: 1 }).waitFor();
  await ouvrir();
  await verifierAxe(page);
  expect(
    await page
      .getByRole('checkbox', { name: 'Voir — Aide aux projets associatifs — Instructeur' })
      .getAttribute('aria-checked'),
  ).toBe('true');
  const exporter = page.getByRole('checkbox', { name: CASE_EXPORTER });
  // The demo profil holds every right: take « Exporter » away, save, reload.
  expect(await exporter.getAttribute('aria-checked')).toBe('true');
  await exporter.click();
  expect(await exporter.getAttribute('aria-checked')).toBe('false');
  await page.getByRole('button', { name: 'Enregistrer la matrice' }).click();
  await page.getByText('La matrice des habilitations est enregistrée.').waitFor();
  await ouvrir();
  expect(await page.getByRole('checkbox', { name: CASE_EXPORTER }).getAttribute('aria-checked')).toBe('false');

  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toBe('habilitations.csv');
  const csv = readFileSync((await telechargement.path())!, 'utf8');
  expect(
    csv.startsWith(
      '\uFEFFProfil métier;Code profil;Dispositif;Slug dispositif;Voir;Instruire;Décider;Exporter;Configurer\r\n',
    ),
  ).toBe(true);
  expect(csv).toContain(
    '\r\nInstructeur;instructeur;Aide aux projets associatifs;aide-projets-associatifs;Oui;Oui;Oui;Non;Oui\r\n',
  );
});

it('crée un territoire ; un code INSEE inconnu est refusé avec le message du serveur, un import valide est gardé', async () => {
  await ouvrir();
  const type = formulaire('Nouveau type de territoire');
  await type.getByRole('textbox', { name: 'Code' }).fill('mds');
  await type.getByRole('textbox', { name: 'Libellé' }).fill('Maison des solidarités');
  await type.getByRole('button', { name: 'Ajouter — Nouveau type de territoire' }).click();
  await page.getByText('Le type de territoire est enregistré.').waitFor();

  const territoire = formulaire('Nouveau territoire');
  await territoire.getByRole('textbox', { name: 'Code' }).fill('nord');
  await territoire.getByRole('textbox', { name: 'Nom' }).fill('Haute-Tarentaise');
  await territoire.getByRole('combobox', { name: 'Type de territoire' }).click();
  await page.getByRole('option', { name: 'Maison des solidarités', exact: true }).click();
  await territoire.getByRole('button', { name: 'Ajouter — Nouveau territoire' }).click();
  await page.getByText('Le territoire est créé.').waitFor();

  const communes = page.getByRole('textbox', { name: 'Communes de Haute-Tarentaise' });
  await communes.fill('73054, 99999');
  await page.getByRole('button', { name: 'Importer les communes' }).click();
  await page.getByText(/Ce code INSEE est inconnu/).waitFor();
  expect(lisible(await page.getByText(/Ce code INSEE est inconnu/).textContent())).toBe(
    'Ce code INSEE est inconnu : 99999.',
  );
  await communes.fill('73054 73285');
  await page.getByRole('button', { name: 'Importer les communes' }).click();
  await page.getByText('Les communes du territoire sont enregistrées.').waitFor();
  await ouvrir();
  expect(await page.getByRole('textbox', { name: 'Communes de Haute-Tarentaise' }).inputValue()).toBe('73054 73285');
  await verifierAxe(page);
});
