/**
 * Agents' operations on dossiers in the admin, end to end against the stack started as in production, signed in as
 * the demo agent: « Nouveau dossier » creates an individu and files a dossier for them; on the dossier page the agent
 * flags it, assigns it, transfers it to a second dispositif of the same form (created by the super admin through the
 * API) into a statut asking for a justificatif, cancels that request, and deletes it through the confirmation dialog
 * (numero typed again), after which it is gone from the list. The creation page and the dossier page pass axe.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Guide, Statut } from '../../extensions/instruction/domain';
import { DISPOSITIF_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { verifierAxe } from '../support/accessibilite';
import { lancerChromium, ouvrirAdmin } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';
import { AGENT_DEMO } from '../support/connexion';

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
let numero = '';
const erreursDePage: string[] = [];

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  ({ contexte, page } = await ouvrirAdmin(navigateur, pile.cms, AGENT_DEMO, erreursDePage));
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

/** Calls the CMS as the demo super admin (configuration the agent may not do). */
async function enAdministrateur(methode: string, chemin: string, corps?: unknown): Promise<{ data: unknown }> {
  const connexion = await fetch(`${pile.cms}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@guichet.localhost', password: 'Administrateur-2026' }),
  });
  const { data } = (await connexion.json()) as { data: { token: string } };
  const res = await fetch(`${pile.cms}${chemin}`, {
    method: methode,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
    body: corps === undefined ? undefined : JSON.stringify(corps),
  });
  const texte = await res.text();
  if (!res.ok) throw new Error(`${methode} ${chemin} → ${res.status} ${texte}`);
  return JSON.parse(texte) as { data: unknown };
}

const statut = (code: string, libelle: string, actions: Statut['actions'], vers: string[] = []): Statut => ({
  code,
  libelle,
  visibleUsager: true,
  cloture: vers.length === 0,
  transitions: vers.map((v) => ({ vers: v })),
  actions,
});

/** A second dispositif on the demo form, whose « Pièces demandées » statut asks for a RIB. */
const GUIDE_BIS: Guide = {
  statutDepot: 'recu',
  etapes: [
    { code: 'depot', libelle: 'Dépôt', statuts: [statut('recu', 'Reçu', [], ['pieces_demandees'])] },
    {
      code: 'complements',
      libelle: 'Compléments',
      statuts: [
        statut(
          'pieces_demandees',
          'Pièces demandées',
          [{ type: 'demander_justificatif', typeDocument: 'rib', message: 'Merci de joindre un RIB à votre nom.' }],
          ['classe'],
        ),
        statut('classe', 'Classé', []),
      ],
    },
  ],
};

it('transfère le dossier vers un autre dispositif au même formulaire, motif obligatoire', async () => {
  const cree = (await enAdministrateur('POST', '/content-manager/collection-types/plugin::instruction.dispositif', {
    slug: 'aide-projets-associatifs-bis',
    titre: 'Aide aux projets associatifs (bis)',
    resume: 'Copie du dispositif de démonstration.',
    modeleCode: DISPOSITIF_DEMO.modeleCode,
    publie: false,
    guide: GUIDE_BIS,
  })) as { data: { id: number } };
  const profils = (await enAdministrateur('GET', '/instruction/habilitations/profils')) as {
    data: Array<{ id: number; code: string }>;
  };
  await enAdministrateur('PUT', '/instruction/habilitations/matrice/cellule', {
    profilMetierId: profils.data.find((p) => p.code === 'instructeur')!.id,
    dispositifId: cree.data.id,
    droits: ['voir', 'instruire', 'decider'],
  });

  await page.reload();
  const formulaire = page.getByRole('form', { name: 'Changer de dispositif' });
  await formulaire.waitFor();
  await formulaire.getByRole('combobox', { name: 'Dispositif de destination' }).click();
  await page.getByRole('option', { name: 'Aide aux projets associatifs (bis)' }).click();
  await formulaire.getByRole('combobox', { name: 'Statut dans ce dispositif' }).click();
  await page.getByRole('option', { name: 'Compléments — Pièces demandées' }).click();
  await formulaire.getByRole('button', { name: 'Transférer le dossier' }).click();
  await formulaire.getByText('Indiquez le motif du transfert.').waitFor();

  await formulaire.getByLabel(/^Motif du transfert/).fill('Déposé sur le mauvais dispositif.');
  await formulaire.getByRole('checkbox', { name: 'Exécuter les actions du statut' }).click();
  await formulaire.getByRole('button', { name: 'Transférer le dossier' }).click();
  await page.getByText('Le dossier a été transféré vers « Aide aux projets associatifs (bis) ».').waitFor();
  await page.waitForSelector('[data-testid="statut"]:has-text("Pièces demandées")');
  expect(await page.getByText('Aide aux projets associatifs (bis)', { exact: true }).count()).toBe(1);
  // The outcome takes the focus.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('message');
  await verifierAxe(page);
});

it('liste la pièce demandée par le statut et annule la demande', async () => {
  const section = page.getByRole('region', { name: 'Pièces demandées' });
  // The action runs after commit (worker or in-process relay): the page refreshes itself every 3 s.
  const annuler = section.getByRole('button', { name: 'Annuler la demande « rib »' });
  await annuler.waitFor();
  await section.getByText('Merci de joindre un RIB à votre nom.').waitFor();
  expect(await section.getByText('En attente', { exact: true }).count()).toBe(1);
  await verifierAxe(page);

  await annuler.click();
  await page.getByText('La demande « rib » est annulée.').waitFor();
  await section.getByText('Annulée', { exact: true }).waitFor();
  expect(await section.getByRole('button', { name: /Annuler la demande/ }).count()).toBe(0);
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
