/**
 * The guide editor (« Guides d’instruction », /admin/plugins/instruction/guides), end to end against the stack started
 * as in production, signed in as the demo super administrator: the list shows the demo dispositif and its 3 étapes;
 * in its guide an étape « Commission » is added, moved before « Décision » with the keyboard, given a statut with an
 * action and a transition, saved, and still there after a reload (and in the exported file); an incoherent guide (a
 * statut renamed while transitions still lead to it) shows the problem on the offending transition, is not sent to
 * the server, and a reload shows the saved guide unchanged; two tabs saving the same guide: the second gets the
 * French 409 message and overwrites nothing; a broken import file lists its problems. The list and the
 * editor (with and without problems) pass axe. Selectors are roles and labels, with the words of
 * extensions/instruction/admin/src/translations/fr.json.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { serialiserGuide } from '../../extensions/instruction/domain/export-guide';
import { GUIDE_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { verifierAxe } from '../support/accessibilite';
import { lancerChromium, ouvrirAdmin } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';
import { ADMIN_DEMO } from '../support/connexion';

const DEMO = { slug: 'aide-projets-associatifs', titre: 'Aide aux projets associatifs' };

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
const erreursDePage: string[] = [];
/** Every write the editor sends to the guide API. */
const ecritures: Request[] = [];
/** Dialogs the browser opened (« leave the page? » on unsaved changes); each is accepted. */
const dialogues: string[] = [];

/** French typography puts no-break spaces inside « » and before « : »; compare with plain spaces. */
const lisible = (texte: string | null): string => (texte ?? '').replace(/[\u00A0\u202F]/g, ' ');
const bouton = (racine: Page | Locator, nom: string) => racine.getByRole('button', { name: nom, exact: true });
const groupe = (nom: string) => page.getByRole('group', { name: nom, exact: true });

async function choisir(racine: Page | Locator, libelle: string, option: string) {
  await racine.getByRole('combobox', { name: libelle, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function ouvrirGuide() {
  await Promise.all([
    page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/instruction/configuration/dispositifs/${DEMO.slug}/guide`,
    ),
    page.goto(`${pile.cms}/admin/plugins/instruction/guides/${DEMO.slug}`),
  ]);
  await page.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
}

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  ({ contexte, page } = await ouvrirAdmin(navigateur, pile.cms, ADMIN_DEMO, erreursDePage, { telechargements: true }));
  page.on('dialog', (dialogue) => {
    dialogues.push(dialogue.type());
    void dialogue.accept();
  });
  page.on('request', (r) => {
    if (r.method() !== 'GET' && new URL(r.url()).pathname.startsWith('/instruction/configuration/')) ecritures.push(r);
  });
  // Generous: the machine running CI is shared, and a production admin reload parses megabytes of JS.
  page.setDefaultTimeout(120_000);
});
afterEach(() => {
  expect(erreursDePage.splice(0)).toEqual([]);
});
afterAll(async () => {
  await contexte?.close();
  await navigateur?.close();
  await pile?.arreter();
});

it('la liste des guides montre le dispositif de démonstration et ses 3 étapes', async () => {
  await page.goto(`${pile.cms}/admin/plugins/instruction/guides`);
  await page.getByRole('heading', { name: 'Guides d’instruction', level: 1 }).waitFor();
  const ligne = page.getByRole('row').filter({ hasText: DEMO.titre });
  await ligne.waitFor();
  expect(await ligne.textContent()).toContain('3 étapes');
  await verifierAxe(page);
  await ligne.getByRole('link', { name: DEMO.titre }).click();
  await page.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/admin/plugins/instruction/guides/${DEMO.slug}`);
});

it('ajoute une étape, un statut avec une action et une transition, enregistre et les retrouve après rechargement', async () => {
  await ouvrirGuide();
  await verifierAxe(page);
  expect(await page.getByText('Tout est enregistré.').count()).toBe(1);

  await bouton(page, 'Ajouter une étape').click();
  // Focus goes to the new étape's first field: typing names it straight away.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('etape-3-libelle');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Commission');
  const etape = groupe('Étape 4 : Commission');
  await etape.waitFor();
  await etape.getByRole('textbox', { name: 'Code' }).first().fill('commission');
  await etape.getByLabel('Délai (jours)').fill('30');
  await etape.getByRole('checkbox', { name: 'Jours ouvrés (sans week-ends ni jours fériés)' }).click();
  await page.getByText('Modifications non enregistrées.').waitFor();

  // Keyboard only: « Monter » moves the étape before « Décision », and focus follows it.
  await etape.getByRole('button', { name: 'Monter l’étape Commission' }).focus();
  await page.keyboard.press('Enter');
  await groupe('Étape 3 : Commission').waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Monter l’étape Commission',
  );

  const statut = groupe('Statut : Nouveau statut');
  await statut.getByRole('textbox', { name: 'Libellé du statut' }).fill('En commission');
  const enCommission = groupe('Statut : En commission');
  await enCommission.getByRole('textbox', { name: 'Code' }).fill('en_commission');
  await enCommission.getByRole('checkbox', { name: 'Visible par l’usager' }).click();

  await bouton(enCommission, 'Ajouter une action à En commission').click();
  await enCommission.getByRole('textbox', { name: 'Modèle' }).fill('passage_commission');
  await enCommission.getByRole('checkbox', { name: 'L’agent affecté' }).click();

  await bouton(enCommission, 'Ajouter une transition depuis En commission').click();
  await choisir(enCommission, 'Vers le statut', 'Accepté (accepte) — Décision');
  await enCommission.getByRole('textbox', { name: 'Libellé du bouton' }).fill('Accorder l’aide');
  await enCommission.getByRole('checkbox', { name: 'Décider' }).click();
  await enCommission.getByRole('checkbox', { name: 'Instruire' }).click();

  // « En cours d’instruction » now leads to the commission too.
  const instruction = groupe('Statut : En cours d’instruction');
  await bouton(instruction, 'Ajouter une transition depuis En cours d’instruction').click();
  await choisir(
    instruction.getByRole('group', { name: 'Transition 3', exact: true }),
    'Vers le statut',
    'En commission (en_commission) — Commission',
  );

  expect(await page.getByRole('region', { name: /problème/ }).count()).toBe(0);
  await verifierAxe(page);

  const [reponse] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/${DEMO.slug}/guide`)),
    bouton(page, 'Enregistrer le guide').click(),
  ]);
  expect(reponse.status()).toBe(200);
  await page.getByText('Le guide est enregistré.').waitFor();
  await page.getByText('Tout est enregistré.').waitFor();

  await page.reload();
  await page.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
  const relue = groupe('Étape 3 : Commission');
  await relue.waitFor();
  expect(await relue.getByLabel('Délai (jours)').inputValue()).toBe('30');
  const statutRelu = groupe('Statut : En commission');
  expect(await statutRelu.getByRole('textbox', { name: 'Modèle' }).inputValue()).toBe('passage_commission');
  expect(await statutRelu.getByRole('textbox', { name: 'Libellé du bouton' }).inputValue()).toBe('Accorder l’aide');
  expect(lisible(await statutRelu.getByRole('combobox', { name: 'Vers le statut' }).textContent())).toContain(
    'Accepté (accepte)',
  );
  expect(await statutRelu.getByRole('checkbox', { name: 'Décider' }).getAttribute('aria-checked')).toBe('true');
  expect(await groupe('Étape 4 : Décision').count()).toBe(1);

  // The export is the canonical document of what is shown.
  const [telechargement] = await Promise.all([page.waitForEvent('download'), bouton(page, 'Exporter').click()]);
  expect(telechargement.suggestedFilename()).toBe(`guide-${DEMO.slug}.json`);
  const exporte = JSON.parse(readFileSync((await telechargement.path())!, 'utf8'));
  expect(exporte.format).toBe('guichet.guide');
  expect(exporte.guide.etapes.map((e: { code: string }) => e.code)).toEqual([
    'depot',
    'instruction',
    'commission',
    'decision',
  ]);
  expect(exporte.guide.etapes[2].statuts[0]).toEqual({
    code: 'en_commission',
    libelle: 'En commission',
    visibleUsager: false,
    cloture: false,
    transitions: [{ vers: 'accepte', libelle: 'Accorder l’aide', droits: ['decider'] }],
    actions: [{ type: 'courriel', modele: 'passage_commission', destinataires: ['agent_affecte', 'usager'] }],
  });
});

it('un guide incohérent montre le problème sur la transition fautive et n’est pas enregistré', async () => {
  await ouvrirGuide();
  const accepte = groupe('Statut : Accepté');
  await accepte.getByRole('textbox', { name: 'Code' }).fill('accorde');

  const resume = page.getByRole('region', { name: /Ce guide contient 2 problèmes/ });
  await resume.waitFor();
  const texte = lisible(await resume.textContent());
  expect(texte).toContain(
    'Le statut « en_instruction » propose une transition vers « accepte », qui n’existe dans aucune étape.',
  );
  expect(texte).toContain('Le statut « en_commission » propose une transition vers « accepte »');
  // The table of contents tells which étapes need fixing.
  const sommaire = lisible(await page.getByRole('navigation', { name: 'Sommaire du guide' }).textContent());
  expect(sommaire).toContain('Instruction (1 statut) — 1 problème');
  expect(sommaire).toContain('Commission (1 statut) — 1 problème');
  expect(sommaire).not.toContain('Dépôt (1 statut) —');
  await verifierAxe(page);

  const avant = ecritures.length;
  await bouton(page, 'Enregistrer le guide').click();
  // Refused before any request: the summary takes focus so a screen reader reads it.
  await page.waitForFunction(() => document.activeElement?.id === 'resume-problemes');
  expect(ecritures.length).toBe(avant);

  // The summary's link leads to the offending control: the transition's target.
  await resume.getByRole('link', { name: /« en_commission » propose une transition/ }).click();
  const focus = await page.evaluate(() => ({
    role: document.activeElement?.getAttribute('role'),
    dans: document.activeElement?.closest('fieldset')?.id,
  }));
  expect(focus).toEqual({ role: 'combobox', dans: 'etape-2-statut-0-transition-0' });
  expect(lisible(await groupe('Statut : En commission').textContent())).toContain('qui n’existe dans aucune étape');

  // The broken guide is not exported either.
  await bouton(page, 'Exporter').click();
  await page.getByText('Corrigez d’abord les problèmes du guide : seul un guide valide s’exporte.').waitFor();

  // Leaving with unsaved changes asks first.
  await page.reload();
  expect(dialogues).toContain('beforeunload');
  await page.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
  expect(await groupe('Statut : Accepté').getByRole('textbox', { name: 'Code' }).inputValue()).toBe('accepte');
  expect(await page.getByRole('region', { name: /problème/ }).count()).toBe(0);
});

it('deux onglets sur le même guide : le second enregistrement est refusé (409) sans rien écraser', async () => {
  await ouvrirGuide();
  const autre = await contexte.newPage();
  try {
    await autre.goto(`${pile.cms}/admin/plugins/instruction/guides/${DEMO.slug}`);
    await autre.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
    await autre
      .getByRole('group', { name: 'Étape 1 : Dépôt', exact: true })
      .getByRole('textbox', { name: 'Libellé de l’étape' })
      .fill('Arrivée');
    const [premier] = await Promise.all([
      autre.waitForResponse((r) => r.request().method() === 'PUT'),
      bouton(autre, 'Enregistrer le guide').click(),
    ]);
    expect(premier.status()).toBe(200);
  } finally {
    await autre.close();
  }

  await groupe('Étape 1 : Dépôt').getByRole('textbox', { name: 'Libellé de l’étape' }).fill('Réception');
  const [second] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'PUT'),
    bouton(page, 'Enregistrer le guide').click(),
  ]);
  expect(second.status()).toBe(409);
  await page.getByText(/Ce guide a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert/).waitFor();
  expect(await page.getByText('Modifications non enregistrées.').count()).toBe(1);

  await page.reload();
  await page.getByRole('heading', { name: `Guide : ${DEMO.titre}`, level: 1 }).waitFor();
  await groupe('Étape 1 : Arrivée').waitFor();
});

it('un fichier d’import incohérent liste ses problèmes et ne change rien', async () => {
  await ouvrirGuide();
  const casse = {
    format: 'guichet.guide',
    versionFormat: 1,
    guide: {
      statutDepot: 'recu',
      etapes: [
        {
          code: 'depot',
          libelle: 'Dépôt',
          statuts: [
            {
              code: 'recu',
              libelle: 'Reçu',
              visibleUsager: true,
              cloture: true,
              transitions: [{ vers: 'statut_fantome' }],
              actions: [],
            },
          ],
        },
      ],
    },
  };
  await page.locator('input[type="file"]').setInputFiles({
    name: 'guide-casse.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(casse)),
  });
  await page.getByText('Le fichier n’a pas été importé : corrigez-le.').waitFor();
  expect(lisible(await page.locator('body').textContent())).toContain('« statut_fantome »');
  expect(await groupe('Étape 3 : Commission').count()).toBe(1);
  expect(await page.getByText('Tout est enregistré.').count()).toBe(1);
  await verifierAxe(page);
});

it('chaque type d’action a son formulaire : un guide les utilisant tous s’importe, passe axe et s’exporte à l’identique', async () => {
  const guide = structuredClone(GUIDE_DEMO);
  guide.etapes[1]!.statuts[0]!.actions = [
    {
      type: 'courriel',
      modele: 'statut_change',
      destinataires: ['usager', { adresse: 'service@exemple.fr' }],
      joindreJustificatifs: true,
    },
    { type: 'sms', modele: 'rappel', destinataires: ['usager'] },
    { type: 'document', modele: 'accuse_reception', nomFichier: 'accuse.pdf' },
    {
      type: 'modifier_champs',
      champs: [
        { champ: 'montant_accorde', valeur: 1000 },
        { champ: 'commentaire', valeur: 'ok' },
        { champ: 'urgent', valeur: true },
        { champ: 'motif', valeur: null },
      ],
    },
    { type: 'affecter', mode: 'agent', agentId: 3 },
    { type: 'sauter_etapes', vers: 'decision' },
    { type: 'onglet', onglet: 'decision', vue: 'usager', etat: 'modifiable' },
    { type: 'statut_dossier_lie', lien: 'enfants', statut: 'accepte' },
    { type: 'demander_justificatif', typeDocument: 'rib', message: 'Merci de joindre un RIB.' },
    { type: 'detecter_doublon', critere: 'les_deux', statutSiDoublon: 'refuse' },
    { type: 'creer_individu', correspondances: { nom_demandeur: 'nom', prenom_demandeur: 'prenom' } },
    { type: 'creer_profil', correspondances: { siret: 'siret' } },
    { type: 'conversation', etat: 'fermee' },
    { type: 'webhook', url: 'https://exemple.fr/crochet', secret: 'WEBHOOK_SECRET_CAF' },
  ];
  const texte = serialiserGuide(guide);

  await ouvrirGuide();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'guide-complet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(texte),
  });
  await page.getByText('Le fichier a été lu : vérifiez le guide, puis enregistrez-le.').waitFor();
  const statut = groupe('Statut : En cours d’instruction');
  await statut.getByText('Action 14 : Appeler un webhook', { exact: true }).waitFor();
  expect(await statut.getByRole('textbox', { name: 'Variable du secret de signature' }).inputValue()).toBe(
    'WEBHOOK_SECRET_CAF',
  );
  expect(await statut.getByRole('textbox', { name: 'Autres adresses' }).inputValue()).toBe('service@exemple.fr');
  expect(await statut.getByLabel('Identifiant de l’agent').inputValue()).toBe('3');
  expect(await page.getByRole('region', { name: /problème/ }).count()).toBe(0);
  await verifierAxe(page);

  const [telechargement] = await Promise.all([page.waitForEvent('download'), bouton(page, 'Exporter').click()]);
  expect(readFileSync((await telechargement.path())!, 'utf8')).toBe(texte);
});
