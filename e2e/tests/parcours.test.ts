/**
 * The walking skeleton, end to end, against the stack started as in production (built admin and portal, separate
 * cms / worker / portal processes, Postgres + Redis when available): a citizen files a dossier on the portal, the
 * demo agent moves it along the guide in the Strapi admin, the email and the PDF letter arrive after commit, the
 * citizen downloads the letter, and another citizen gets 404. Every portal page visited passes axe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../support/accessibilite';
import { lancerChromium } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';
import { AGENT_DEMO, seConnecterAdmin } from '../support/connexion';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let pile: Pile;
let navigateur: Browser;
const contextes: BrowserContext[] = [];
let numero = '';

async function nouvellePage(): Promise<Page> {
  const contexte = await navigateur.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  contextes.push(contexte);
  return contexte.newPage();
}

async function connexionUsager(page: Page, identifiant: string) {
  await page.fill('#username', identifiant);
  await page.fill('#password', 'guichet');
  await Promise.all([page.waitForURL((url) => url.origin === new URL(pile.portail).origin), page.click('#kc-login')]);
}

async function courriels(): Promise<Array<{ Subject: string; To: Array<{ Address: string }> }>> {
  const r = await fetch(`${pile.courriels}/api/v1/messages`);
  return ((await r.json()) as { messages: Array<{ Subject: string; To: Array<{ Address: string }> }> }).messages;
}

async function attendre<T>(
  verifier: () => Promise<T | undefined | false>,
  message: string,
  delaiMs = 120_000,
): Promise<T> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    const v = await verifier();
    if (v) return v;
    if (Date.now() > fin) throw new Error(`Délai dépassé : ${message}`);
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
});
afterAll(async () => {
  for (const c of contextes) await c.close();
  await navigateur?.close();
  await pile?.arreter();
});

it('l’usager trouve le dispositif, se connecte, enregistre un brouillon, revient et dépose', async () => {
  const page = await nouvellePage();
  await page.goto(`${pile.portail}/`);
  await verifierAxe(page);
  await verifierClavier(page, ['a[href="#contenu"]', 'a[href="/dispositifs/aide-projets-associatifs"]']);
  await page.click('a[href="/dispositifs/aide-projets-associatifs"]');
  await page.waitForURL(/\/dispositifs\/aide-projets-associatifs$/);
  await verifierAxe(page);

  await page.click('text=Se connecter pour déposer un dossier');
  await connexionUsager(page, 'jean.dupont');
  await page.waitForURL(/\/dispositifs\/aide-projets-associatifs$/);
  await Promise.all([
    page.waitForURL(/\/compte\/dossiers\/\d{4}-\d{6}\/modifier$/),
    page.click('button:text("Déposer un dossier")'),
  ]);
  numero = /dossiers\/(\d{4}-\d{6})\//.exec(page.url())![1]!;
  await verifierAxe(page);

  // An amount out of bounds is refused by the server with a French message; what was typed stays.
  await page.fill('#champ-intitule', 'Festival de la vallée');
  await page.fill('#champ-date_debut', '2027-05-14');
  await page.selectOption('#champ-categorie', 'culture');
  await page.fill('#champ-montant_demande', '50');
  await Promise.all([page.waitForLoadState(), page.click('button[value="enregistrer"]')]);
  await page.waitForSelector('[role="alert"]');
  expect(await page.textContent('[role="alert"]')).toMatch(/Montant demandé/);
  expect(await page.inputValue('#champ-intitule')).toBe('Festival de la vallée');
  expect(await page.getAttribute('#champ-montant_demande', 'aria-invalid')).toBe('true');
  await verifierAxe(page);

  // Type, choose the file and send it without saving first: the answers are saved with it, nothing is lost.
  await page.fill('#champ-intitule', 'Festival de musique de la vallée');
  await page.fill('#champ-montant_demande', '2 500,50');
  await page.setInputFiles('#champ-budget', { name: 'budget.pdf', mimeType: 'application/pdf', buffer: PDF });
  await Promise.all([page.waitForURL(/modifier#champ-budget$/), page.click('button[value="televerser:budget"]')]);
  expect(await page.textContent('.avis--succes')).toContain('Le fichier «\u00A0budget.pdf\u00A0» a été ajouté.');
  expect(await page.textContent('#champ-budget >> xpath=ancestor::fieldset[1]')).toContain('budget.pdf');
  expect(await page.inputValue('#champ-intitule')).toBe('Festival de musique de la vallée');
  expect(await page.inputValue('#champ-montant_demande')).toMatch(/2\s?500,5/);
  expect(await page.inputValue('#champ-date_debut')).toBe('2027-05-14');
  expect(await page.inputValue('#champ-categorie')).toBe('culture');
  await verifierAxe(page);

  // Come back later: the list shows the draft, and the form shows what was saved.
  await page.goto(`${pile.portail}/compte`);
  await verifierAxe(page);
  expect(await page.textContent('main')).toContain(numero);
  await page.goto(`${pile.portail}/compte/dossiers/${numero}/modifier`);
  expect(await page.inputValue('#champ-intitule')).toBe('Festival de musique de la vallée');
  expect(await page.inputValue('#champ-montant_demande')).toMatch(/2\s?500,5/);
  expect(await page.inputValue('#champ-categorie')).toBe('culture');

  await Promise.all([
    page.waitForURL(new RegExp(`/compte/dossiers/${numero}$`)),
    page.click('button[value="deposer"]'),
  ]);
  await page.waitForSelector('text=a bien été déposé');
  expect(await page.textContent('main')).toContain('Reçu');
  await verifierAxe(page);

  await attendre(
    async () => (await courriels()).some((m) => m.Subject.includes(numero)),
    'courriel de confirmation de dépôt',
  );
});

it('l’agent de démonstration voit le dossier dans « Instruction » et change son statut', async () => {
  const page = await nouvellePage();
  await seConnecterAdmin(page, pile.cms, AGENT_DEMO);
  await page.goto(`${pile.cms}/admin/plugins/instruction`);
  await page.click(`[data-testid="dossier-${numero}"]`, { timeout: 60_000 });
  await page.click('[data-testid="transition-en_instruction"]');
  await page.waitForSelector('[data-testid="statut"]:has-text("En cours d’instruction")');
});

it('le courriel et l’accusé de réception PDF arrivent ; l’usager voit le statut et télécharge la lettre', async () => {
  const messages = await attendre(async () => {
    const liste = (await courriels()).filter((m) => m.Subject.includes(numero));
    return liste.length >= 2 && liste;
  }, 'courriel de changement de statut');
  expect(messages.every((m) => m.To[0]!.Address === 'jean.dupont@example.fr')).toBe(true);
  expect(messages.some((m) => m.Subject.includes('En cours d’instruction'))).toBe(true);

  const page = contextes[0]!.pages()[0]!;
  await attendre(async () => {
    await page.goto(`${pile.portail}/compte/dossiers/${numero}`);
    return (await page.locator('a:has-text("accuse-de-reception.pdf")').count()) > 0;
  }, 'lettre jointe au dossier');
  expect(await page.textContent('main')).toContain('En cours d’instruction');
  await verifierAxe(page);

  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    page.click('a:has-text("accuse-de-reception.pdf")'),
  ]);
  const contenu = readFileSync((await telechargement.path())!);
  expect(contenu.subarray(0, 5).toString()).toBe('%PDF-');
});

it('une autre usagère reçoit 404 pour ce dossier et pour ce fichier', async () => {
  const proprietaire = contextes[0]!.pages()[0]!;
  const lienLettre = await proprietaire.getAttribute('a:has-text("accuse-de-reception.pdf")', 'href');
  const page = await nouvellePage();
  await page.goto(`${pile.portail}/auth/connexion?returnTo=/compte`);
  await connexionUsager(page, 'marie.curie');
  await page.waitForURL(/\/compte$/);
  expect(await page.textContent('main')).not.toContain(numero);
  expect((await page.goto(`${pile.portail}/compte/dossiers/${numero}`))!.status()).toBe(404);
  await verifierAxe(page);
  expect((await page.request.get(`${pile.portail}${lienLettre}`)).status()).toBe(404);
});
