/**
 * The model builder (« Formulaires » in the Strapi admin), end to end, against the stack started as in production
 * (built admin, `strapi start`, Postgres + Redis when available), signed in as the demo super administrator:
 * the list shows the demo model; a model is created through the UI (onglet, section, a required text field, a radio
 * field with two options and a condition), saved with « Tout enregistrer », published and still there after a reload;
 * the technical name shows on hover and required fields carry « * »; a 200-field export is imported and edited (the
 * save time is printed, not asserted); a bad import lists its problems in French and changes nothing; « Comparer »
 * describes what changed since version 1. The list, the builder and its dialogs pass axe. Every selector is a role
 * or a label, with the words of extensions/formulaires/admin/src/translations/fr.json.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import type { Champ, Modele } from '../../extensions/formulaires/domain/modele';
import { TAGS_WCAG, verifierAxe } from '../support/accessibilite';
import { lancerChromium, ouvrirAdmin } from '../support/navigateur';
import { demarrerPile, type Pile } from '../support/pile';
import { ADMIN_DEMO } from '../support/connexion';

const MODELE = { titre: 'Inscription à la cantine scolaire', code: 'inscription_a_la_cantine_scolaire' };
const GRAND = { titre: 'Grand formulaire de 200 champs', code: 'grand_formulaire_200' };

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
/** Uncaught exceptions in the admin, checked after each test. */
const erreursDePage: string[] = [];

/** A model of `n` text fields, two per ligne, ten lignes per section, in one onglet (as cms/tests/helpers). */
function modeleDeNChamps(n: number): Modele {
  const champs = Array.from(
    { length: n },
    (_, i) =>
      ({
        code: `champ_${i + 1}`,
        type: 'texte',
        libelle: `Champ numéro ${i + 1} du grand formulaire`,
        requis: i % 3 === 0,
        aide: 'Une aide de quelques mots pour remplir ce champ correctement.',
        longueurMax: 200,
        ...(i > 0 && i % 10 === 0 ? { condition: `champ_${i} != ''` } : {}),
      }) as Champ,
  );
  const lignes = [];
  for (let i = 0; i < n; i += 2) lignes.push({ champs: champs.slice(i, i + 2).map((c) => c.code) });
  const sections = [];
  for (let i = 0; i < lignes.length; i += 10) {
    sections.push({ code: `section_${i / 10 + 1}`, titre: `Section ${i / 10 + 1}`, lignes: lignes.slice(i, i + 10) });
  }
  return { champs, vues: { usager: { onglets: [{ code: 'principal', titre: 'Formulaire', sections }] } } };
}

/** An export document (domain/export.ts) as a file for the import dialog. */
function fichierExport(document: unknown, nom = 'modele.json') {
  return { name: nom, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document, null, 2)) };
}

function exportDe(code: string, titre: string, contenu: Modele) {
  return {
    format: 'guichet.modele',
    versionFormat: 1,
    modele: { code, titre, contenu },
    referentielChamps: [],
    referentiels: [],
  };
}

/** French typography puts no-break spaces inside « » and before « : »; compare with plain spaces. */
const lisible = (texte: string | null): string => (texte ?? '').replace(/[\u00A0\u202F]/g, ' ');

const bouton = (racine: Page | Locator, nom: string) => racine.getByRole('button', { name: nom, exact: true });
const panneau = () => page.getByRole('region', { name: 'Élément sélectionné' });
/** A field, an onglet or a section of the tree, by its technical name (the button's title). */
const dansLArbre = (code: string) => page.getByTitle(code, { exact: true });

/** The admin API answer to a write, matched by method and path (`/formulaires/...`). */
function reponseApi(methode: string, chemin: RegExp): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === methode && chemin.test(new URL(r.url()).pathname), {
    timeout: 120_000,
  });
}

async function allerALaListe() {
  await Promise.all([
    reponseApi('GET', /^\/formulaires\/modeles$/),
    page.goto(`${pile.cms}/admin/plugins/formulaires`),
  ]);
  await page.getByRole('heading', { name: 'Générateur de formulaires' }).waitFor();
}

/** The codes in the list of models, in order. */
async function codesDeLaListe(): Promise<string[]> {
  await page.getByRole('row').nth(1).waitFor();
  return (await page.locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim());
}

/** « Tout enregistrer »: the PUT of the whole draft answers 200 and the success message shows; returns the time. */
async function toutEnregistrer(): Promise<number> {
  const debut = performance.now();
  const [reponse] = await Promise.all([
    reponseApi('PUT', /^\/formulaires\/modeles\/\d+$/),
    bouton(page, 'Tout enregistrer').click(),
  ]);
  expect(reponse.status()).toBe(200);
  await page.getByText('Le modèle est enregistré.', { exact: true }).first().waitFor();
  const duree = performance.now() - debut;
  await page.getByRole('status').filter({ hasText: 'Tout est enregistré.' }).waitFor();
  return duree;
}

/** Chooses an option of a design-system select (a combobox and its listbox). */
async function choisir(racine: Page | Locator, libelle: string, option: string) {
  await racine.getByRole('combobox', { name: libelle, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a model from the list by its code (the link in the first column). */
async function ouvrirModele(code: string) {
  await allerALaListe();
  await Promise.all([
    reponseApi('GET', /^\/formulaires\/modeles\/\d+$/),
    page.getByRole('link', { name: code, exact: true }).click(),
  ]);
  await page.getByRole('heading', { name: /^Disposition de la vue/ }).waitFor();
}

/**
 * axe on one open dialog only, the mouse moved away first (a hovered primary button of the design system is
 * 3.5:1) and its opening animation over. The page behind is checked where it is the subject (the list, the builder).
 */
async function verifierAxeDuDialogue(dialogue: Locator) {
  await page.mouse.move(0, 0);
  await dialogue.waitFor();
  // The dialog fades in: axe blends the opacity of a running animation into its colours (a loaded machine once
  // measured the whole dialog at 1.4:1). Let every animation of the page finish first.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const resultats = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(TAGS_WCAG).analyze();
  const lignes = resultats.violations.flatMap((v) => [
    `- [${v.impact ?? 'inconnu'}] ${v.id} : ${v.help}`,
    ...v.nodes.map((n) => `    ${n.target.join(' ')} → ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
  expect(lignes).toEqual([]);
}

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  ({ contexte, page } = await ouvrirAdmin(navigateur, pile.cms, ADMIN_DEMO, erreursDePage));
});
afterEach(() => {
  expect(erreursDePage.splice(0)).toEqual([]);
});
afterAll(async () => {
  await contexte?.close();
  await navigateur?.close();
  await pile?.arreter();
});

it('la liste des modèles montre le modèle de démonstration, publié en version 1', async () => {
  await allerALaListe();
  const ligne = page.getByRole('row').filter({ hasText: 'aide_projets_associatifs' });
  await ligne.waitFor();
  expect(await ligne.getByRole('link', { name: 'aide_projets_associatifs', exact: true }).count()).toBe(1);
  expect(await ligne.textContent()).toContain('version 1');
  expect(await bouton(page, 'Créer un modèle').isEnabled()).toBe(true);
  expect(await bouton(page, 'Importer un modèle').isEnabled()).toBe(true);
  // No model is « modifié » yet: that badge (Badge active, 11 px, 4.25:1) would fail color-contrast.
  await verifierAxe(page);
});

it('crée un modèle dans l’interface, l’enregistre, le publie, et le retrouve après rechargement', async () => {
  await allerALaListe();
  await bouton(page, 'Créer un modèle').click();
  const creation = page.getByRole('dialog', { name: 'Créer un modèle' });
  await creation.getByRole('textbox', { name: 'Titre', exact: true }).fill(MODELE.titre);
  // The code is proposed from the title.
  expect(await creation.getByRole('textbox', { name: 'Code', exact: true }).inputValue()).toBe(MODELE.code);
  const [creee] = await Promise.all([
    reponseApi('POST', /^\/formulaires\/modeles$/),
    page.waitForURL(/\/admin\/plugins\/formulaires\/modeles\/\d+$/),
    bouton(creation, 'Créer').click(),
  ]);
  expect(creee.status()).toBe(201);
  await page.getByRole('heading', { name: MODELE.titre, exact: true }).waitFor();
  await page.getByText('Cette vue n’a pas encore d’onglet.').waitFor();

  // An onglet, renamed in the side panel, then a section in it.
  await bouton(page, 'Ajouter un onglet').click();
  await panneau().getByRole('heading', { name: 'Onglet « Nouvel onglet »' }).waitFor();
  await panneau().getByRole('textbox', { name: 'Titre', exact: true }).fill('Inscription');
  await bouton(page, 'Ajouter une section à l’onglet Inscription').click();
  await panneau().getByRole('heading', { name: 'Section « Nouvelle section »' }).waitFor();
  await panneau().getByRole('textbox', { name: 'Titre', exact: true }).fill('L’enfant');

  // « Nouveau champ » of type texte, placed in the selected section, then marked required.
  await bouton(page, 'Nouveau champ').click();
  let nouveau = page.getByRole('dialog', { name: 'Nouveau champ' });
  await nouveau.getByRole('textbox', { name: 'Libellé', exact: true }).fill('Nom de l’enfant');
  expect(await nouveau.getByRole('combobox', { name: 'Type de champ', exact: true }).textContent()).toContain(
    'Texte court',
  );
  await bouton(nouveau, 'Créer le champ').click();
  await nouveau.waitFor({ state: 'hidden' });
  await panneau().getByRole('heading', { name: 'Champ « Nom de l’enfant »' }).waitFor();
  expect(await panneau().textContent()).toContain('Nom technique : nom_de_l_enfant');
  await panneau().getByRole('checkbox', { name: 'Obligatoire', exact: true }).click();
  expect(await panneau().getByRole('checkbox', { name: 'Obligatoire', exact: true }).getAttribute('aria-checked')).toBe(
    'true',
  );

  // A second field, boutons radio, with two options and a condition on the first field.
  await bouton(page, 'Nouveau champ').click();
  nouveau = page.getByRole('dialog', { name: 'Nouveau champ' });
  await nouveau.getByRole('textbox', { name: 'Libellé', exact: true }).fill('Régime alimentaire');
  await choisir(nouveau, 'Type de champ', 'Boutons radio');
  await bouton(nouveau, 'Créer le champ').click();
  await nouveau.waitFor({ state: 'hidden' });
  await panneau().getByRole('heading', { name: 'Champ « Régime alimentaire »' }).waitFor();
  await bouton(panneau(), 'Ajouter une option').click();
  await bouton(panneau(), 'Ajouter une option').click();
  await panneau().getByRole('heading', { name: 'Options (2)' }).waitFor();
  await panneau().getByRole('textbox', { name: 'Valeur de l’option 1', exact: true }).fill('standard');
  await panneau().getByRole('textbox', { name: 'Libellé de l’option 1', exact: true }).fill('Standard');
  await panneau().getByRole('textbox', { name: 'Valeur de l’option 2', exact: true }).fill('sans_viande');
  await panneau().getByRole('textbox', { name: 'Libellé de l’option 2', exact: true }).fill('Sans viande');
  await panneau().getByRole('textbox', { name: 'Condition d’affichage', exact: true }).fill("nom_de_l_enfant != ''");
  // Both fields sit in the section, one ligne each.
  expect(await panneau().textContent()).toContain('Inscription › L’enfant, ligne 2, colonne 1.');

  await page
    .getByRole('status')
    .filter({ hasText: /parties? modifiées? non enregistrées?/ })
    .waitFor();
  expect(await bouton(page, 'Publier').isDisabled()).toBe(true);
  await toutEnregistrer();

  const [publication] = await Promise.all([
    reponseApi('POST', /^\/formulaires\/modeles\/\d+\/publier$/),
    bouton(page, 'Publier').click(),
  ]);
  expect(publication.status()).toBe(201);
  await page.getByText('La version 1 est publiée : les nouveaux dossiers l’utiliseront.', { exact: true }).waitFor();

  // Reload: everything comes back from the server.
  await Promise.all([reponseApi('GET', /^\/formulaires\/modeles\/\d+$/), page.reload()]);
  await page.getByRole('heading', { name: MODELE.titre, exact: true }).waitFor();
  await page.getByText(/version publiée : 1$/).waitFor();
  await dansLArbre('nom_de_l_enfant').waitFor();
  expect(await dansLArbre('nouvel_onglet').textContent()).toContain('Inscription');
  expect(await dansLArbre('nouvelle_section').textContent()).toContain('L’enfant');
  expect(await dansLArbre('nom_de_l_enfant').textContent()).toContain('Nom de l’enfant');
  expect(await dansLArbre('nom_de_l_enfant').textContent()).toContain('Texte court');
  const radio = dansLArbre('regime_alimentaire');
  expect(await radio.textContent()).toContain('Régime alimentaire');
  expect(await radio.textContent()).toContain('Boutons radio · conditionnel');
  await radio.click();
  await panneau().getByRole('heading', { name: 'Champ « Régime alimentaire »' }).waitFor();
  expect(await panneau().getByRole('textbox', { name: 'Libellé de l’option 2', exact: true }).inputValue()).toBe(
    'Sans viande',
  );
  expect(await panneau().getByRole('textbox', { name: 'Condition d’affichage', exact: true }).inputValue()).toBe(
    "nom_de_l_enfant != ''",
  );
  await page.getByRole('status').filter({ hasText: 'Tout est enregistré.' }).waitFor();
});

it('le nom technique s’affiche au survol et les champs obligatoires portent « * » dans l’arborescence', async () => {
  const requis = dansLArbre('nom_de_l_enfant');
  await requis.hover();
  expect(await requis.getAttribute('title')).toBe('nom_de_l_enfant');
  expect(await requis.evaluate((e) => e.tagName)).toBe('BUTTON');
  // « * » for the eye (hidden from screen readers), « obligatoire » for screen readers.
  const etoile = requis.locator('[aria-hidden="true"]', { hasText: '*' });
  expect(await etoile.isVisible()).toBe(true);
  expect((await etoile.textContent())?.trim()).toBe('*');
  expect(await page.getByRole('button', { name: /^Nom de l’enfant \(obligatoire\)/ }).count()).toBe(1);

  const facultatif = dansLArbre('regime_alimentaire');
  await facultatif.hover();
  expect(await facultatif.getAttribute('title')).toBe('regime_alimentaire');
  expect(await facultatif.locator('[aria-hidden="true"]', { hasText: '*' }).count()).toBe(0);
  expect(await facultatif.textContent()).not.toContain('obligatoire');

  // Onglets and sections show theirs too.
  await dansLArbre('nouvel_onglet').hover();
  expect(await dansLArbre('nouvel_onglet').getAttribute('title')).toBe('nouvel_onglet');
  // The builder with a field open in the side panel.
  await verifierAxe(page);
});

it('importe un modèle de 200 champs, en modifie un libellé et l’enregistre', async () => {
  await allerALaListe();
  await bouton(page, 'Importer un modèle').click();
  const importation = page.getByRole('dialog', { name: 'Importer un modèle' });
  await importation
    .getByLabel('Fichier d’export (JSON)')
    .setInputFiles(fichierExport(exportDe(GRAND.code, GRAND.titre, modeleDeNChamps(200)), 'grand.json'));
  const [importe] = await Promise.all([
    reponseApi('POST', /^\/formulaires\/import$/),
    page.waitForURL(/\/admin\/plugins\/formulaires\/modeles\/\d+$/),
    bouton(importation, 'Importer').click(),
  ]);
  expect(importe.status()).toBe(201);
  await page.getByRole('heading', { name: GRAND.titre, exact: true }).waitFor();
  await dansLArbre('champ_200').waitFor();
  expect(await page.locator('button[title^="champ_"]').count()).toBe(200);
  expect(await dansLArbre('champ_1').textContent()).toContain('*');

  await dansLArbre('champ_57').click();
  await panneau().getByRole('heading', { name: 'Champ « Champ numéro 57 du grand formulaire »' }).waitFor();
  await panneau().getByRole('textbox', { name: 'Libellé', exact: true }).fill('Montant des frais de transport');
  await panneau().getByRole('heading', { name: 'Champ « Montant des frais de transport »' }).waitFor();
  expect(await dansLArbre('champ_57').textContent()).toContain('Montant des frais de transport');

  const duree = await toutEnregistrer();
  console.log(`« Tout enregistrer » d’un modèle de 200 champs : ${Math.round(duree)} ms du clic au message de succès.`);

  await Promise.all([reponseApi('GET', /^\/formulaires\/modeles\/\d+$/), page.reload()]);
  await dansLArbre('champ_57').waitFor();
  expect(await dansLArbre('champ_57').textContent()).toContain('Montant des frais de transport');
  expect(await dansLArbre('champ_58').textContent()).toContain('Champ numéro 58 du grand formulaire');
});

it('un import invalide affiche la liste des problèmes en français et ne change pas la liste des modèles', async () => {
  await allerALaListe();
  const avant = await codesDeLaListe();
  expect(avant).toEqual(expect.arrayContaining(['aide_projets_associatifs', MODELE.code, GRAND.code]));

  await bouton(page, 'Importer un modèle').click();
  const importation = page.getByRole('dialog', { name: 'Importer un modèle' });
  const fichier = importation.getByLabel('Fichier d’export (JSON)');
  // The design system's Alert is the live region (role=alert); take the first in the dialog.
  const alerte = importation.getByRole('alert').first();

  // A field using an administrator list that the file does not carry.
  const commune = {
    code: 'commune',
    type: 'liste_referentiel',
    libelle: 'Commune de résidence',
    requis: true,
    referentiel: 'communes_du_departement',
  } as Champ;
  const sansListe = exportDe('import_refuse', 'Import refusé', {
    champs: [commune],
    vues: {
      usager: {
        onglets: [
          {
            code: 'o',
            titre: 'Onglet',
            sections: [{ code: 's', titre: 'Section', lignes: [{ champs: ['commune'] }] }],
          },
        ],
      },
    },
  });
  await fichier.setInputFiles(fichierExport(sansListe));
  let [refus] = await Promise.all([
    reponseApi('POST', /^\/formulaires\/import$/),
    bouton(importation, 'Importer').click(),
  ]);
  expect(refus.status()).toBe(422);
  await alerte.getByText('Le modèle n’a pas été importé :').waitFor();
  expect(lisible(await alerte.getByRole('listitem').first().textContent())).toBe(
    'Le modèle utilise la liste « communes_du_departement », absente du fichier : exportez-le à nouveau avec ses listes.',
  );

  // Not an export of Guichet at all.
  await fichier.setInputFiles(fichierExport({ ...sansListe, format: 'autre' }, 'autre.json'));
  [refus] = await Promise.all([reponseApi('POST', /^\/formulaires\/import$/), bouton(importation, 'Importer').click()]);
  expect(refus.status()).toBe(422);
  await alerte.getByRole('listitem').filter({ hasText: 'n’est pas un export de modèle Guichet' }).waitFor();
  expect(await alerte.textContent()).toContain('Le modèle n’a pas été importé :');
  await verifierAxeDuDialogue(importation);
  expect(page.url()).toMatch(/\/admin\/plugins\/formulaires$/);

  await bouton(importation, 'Annuler').click();
  await importation.waitFor({ state: 'hidden' });
  await allerALaListe();
  expect(await codesDeLaListe()).toEqual(avant);
});

it('« Comparer » décrit ce qui a changé depuis la version publiée', async () => {
  await ouvrirModele(MODELE.code);
  await dansLArbre('regime_alimentaire').click();
  await panneau().getByRole('textbox', { name: 'Libellé', exact: true }).fill('Régime alimentaire de l’enfant');
  await toutEnregistrer();

  await bouton(page, 'Comparer la version 1').click();
  const comparaison = page.getByRole('dialog', { name: 'Comparer des versions' });
  const changement = comparaison
    .getByRole('listitem')
    .filter({ hasText: 'Champ modifié' })
    .filter({ hasText: 'regime_alimentaire' });
  await changement.waitFor();
  expect(lisible(await changement.textContent())).toBe(
    'modifiéChamp modifié : « Régime alimentaire de l’enfant » (regime_alimentaire) — libelle.',
  );
  expect(await comparaison.getByRole('combobox', { name: 'De', exact: true }).textContent()).toContain('version 1');
  expect(await comparaison.getByRole('combobox', { name: 'À', exact: true }).textContent()).toContain(
    'brouillon enregistré',
  );
  await verifierAxeDuDialogue(comparaison);
  await bouton(comparaison, 'Fermer').first().click();
  await comparaison.waitFor({ state: 'hidden' });
});
