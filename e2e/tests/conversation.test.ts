/**
 * The « Conversation » panel of the agent's dossier page, end to end against the stack started as in production: a
 * citizen files a dossier and writes a message through the citizen API (signed in with the local identity provider,
 * as the portal does); the demo agent opens the dossier, reads the message (escaped, line breaks kept, date in a
 * <time>, « Nouveau » until read), replies with the keyboard only (an empty reply shows an error tied to the field), the reply reaches the
 * citizen once; then the agent closes the conversation: the form disappears and the citizen can no longer write,
 * until the agent reopens it. The server's refusals show in the panel: a message too long on the field, a conversation
 * closed meanwhile in another tab as an alert.
 * The page passes axe at each step.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifierAxe } from '../support/accessibilite';
import { AGENT_DEMO } from '../support/connexion';
import { lancerChromium, ouvrirAdmin } from '../support/navigateur';
import { CLIENT_PORTAIL, demarrerPile, type Pile } from '../support/pile';

/** The portal's client at the local identity provider (support/pile.ts registers it with this secret). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
// Markup must come out as text, and the line break as a line break.
const MESSAGE_USAGER = 'Bonjour,\nnotre association change d’adresse <b>le 3 mars</b>.';
const REPONSE = 'Merci, c’est noté : nous mettons le dossier à jour.';

let pile: Pile;
let navigateur: Browser;
let contexte: BrowserContext;
let page: Page;
let jwt = '';
let numero = '';
const erreursDePage: string[] = [];

/**
 * A citizen's CMS session the way the portal opens one: the code flow with PKCE at the identity provider (the
 * callback to the portal is intercepted to keep the code), the code exchanged for an access token, and that token
 * for the CMS JWT (POST /api/usagers/session).
 */
async function sessionUsager(identifiant: string): Promise<string> {
  const depart = await fetch(`${pile.portail}/auth/connexion?returnTo=/compte`, { redirect: 'manual' });
  const versIdp = depart.headers.get('location') ?? '';
  const emetteur = versIdp.slice(0, versIdp.indexOf('/protocol/openid-connect/auth'));
  if (!emetteur) throw new Error(`Le portail n’envoie pas vers le fournisseur d’identité : ${versIdp}`);
  const verificateur = randomBytes(32).toString('base64url');
  const retour = `${pile.portail}/auth/callback`;
  const autorisation = new URL(`${emetteur}/protocol/openid-connect/auth`);
  autorisation.search = new URLSearchParams({
    client_id: CLIENT_PORTAIL.id,
    response_type: 'code',
    scope: 'openid profile email',
    redirect_uri: retour,
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verificateur).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();

  const contexteUsager = await navigateur.newContext({ locale: 'fr-FR' });
  const pageUsager = await contexteUsager.newPage();
  await pageUsager.goto(autorisation.href);
  await pageUsager.fill('#username', identifiant);
  await pageUsager.fill('#password', 'guichet');
  // A route cannot catch a redirect's target: read the code off the request. The portal, which did not start this
  // sign-in (no state cookie), sends the page to its error page without touching the code.
  const [rappel] = await Promise.all([
    pageUsager.waitForRequest((requete) => requete.url().startsWith(`${retour}?`)),
    pageUsager.click('#kc-login'),
  ]);
  const code = new URL(rappel.url()).searchParams.get('code');
  await contexteUsager.close();
  if (!code) throw new Error('Le fournisseur d’identité n’a pas rendu de code.');

  const jetons = await fetch(`${emetteur}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${CLIENT_PORTAIL.id}:${CLIENT_PORTAIL.secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: retour,
      code_verifier: verificateur,
    }),
  });
  const { access_token: jeton } = (await jetons.json()) as { access_token: string };
  const session = await appelUsager('POST', '/api/usagers/session', undefined, { Authorization: `Bearer ${jeton}` });
  return (session.corps as { jwt: string }).jwt;
}

/** Calls the citizen API with the JWT; returns the status and the JSON body. */
async function appelUsager(
  methode: string,
  chemin: string,
  corps?: unknown,
  entetes: Record<string, string> = { Authorization: `Bearer ${jwt}` },
): Promise<{ status: number; corps: unknown }> {
  const res = await fetch(`${pile.cms}${chemin}`, {
    method: methode,
    headers: {
      ...entetes,
      ...(corps instanceof FormData || corps === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: corps === undefined ? undefined : corps instanceof FormData ? corps : JSON.stringify(corps),
  });
  const texte = await res.text();
  return { status: res.status, corps: texte ? (JSON.parse(texte) as unknown) : null };
}

async function attendu(appel: Promise<{ status: number; corps: unknown }>, status: number) {
  const r = await appel;
  if (r.status !== status) throw new Error(`Attendu ${status}, reçu ${r.status} : ${JSON.stringify(r.corps)}`);
  return r.corps as { data: Record<string, unknown> };
}

/** Files a complete dossier on the demo dispositif, as the CMS tests' deposit helper does. */
async function deposerDossier(): Promise<string> {
  const cree = await attendu(
    appelUsager('POST', '/api/usagers/dossiers', { dispositif: 'aide-projets-associatifs' }),
    201,
  );
  const n = cree.data.numero as string;
  const piece = new FormData();
  piece.append('champ', 'budget');
  piece.append('fichier', new Blob([PDF], { type: 'application/pdf' }), 'budget.pdf');
  await attendu(appelUsager('POST', `/api/usagers/dossiers/${n}/pieces`, piece), 201);
  await attendu(
    appelUsager(
      'POST',
      `/api/usagers/dossiers/${n}/depot`,
      {
        version: 1,
        donnees: {
          intitule: 'Festival de la vallée',
          date_debut: '2027-05-14',
          categorie: 'culture',
          montant_demande: 2500,
        },
      },
      { Authorization: `Bearer ${jwt}`, 'Idempotency-Key': `depot-${randomBytes(6).toString('hex')}` },
    ),
    200,
  );
  return n;
}

const ecrireEnUsager = (corps: string) =>
  appelUsager(
    'POST',
    `/api/usagers/dossiers/${numero}/messages`,
    { corps },
    { Authorization: `Bearer ${jwt}`, 'Idempotency-Key': `usager-${randomBytes(6).toString('hex')}` },
  );

/** Presses Tab until the element matching `selecteur` has the focus (the admin's menu comes first). */
async function tabulerJusqua(selecteur: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selecteur)) return;
  }
  throw new Error(`${selecteur} n’a pas reçu le focus après ${max} tabulations.`);
}

const panneau = () => page.getByRole('region', { name: 'Conversation' });
const champReponse = () => panneau().getByRole('textbox', { name: /^Votre message/ });

/** The agent's admin API from outside the page, as another of their tabs (or a colleague) would call it. */
async function enAgent(methode: string, chemin: string, corps: unknown): Promise<void> {
  const connexion = await fetch(`${pile.cms}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: AGENT_DEMO.email, password: AGENT_DEMO.motDePasse }),
  });
  const { data } = (await connexion.json()) as { data: { token: string } };
  const res = await fetch(`${pile.cms}${chemin}`, {
    method: methode,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${data.token}` },
    body: JSON.stringify(corps),
  });
  if (!res.ok) throw new Error(`${methode} ${chemin} → ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  pile = await demarrerPile();
  navigateur = await lancerChromium();
  jwt = await sessionUsager('jean.dupont');
  numero = await deposerDossier();
  await attendu(ecrireEnUsager(MESSAGE_USAGER), 201);

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

it('l’agent voit le message de l’usager, échappé, avec son retour à la ligne et sa date', async () => {
  await page.goto(`${pile.cms}/admin/plugins/instruction/dossiers/${numero}`);
  const message = panneau().locator('li[data-auteur="usager"]');
  await message.waitFor();
  expect(await message.count()).toBe(1);
  await panneau().getByText('Ouverte', { exact: true }).waitFor();
  // Who wrote is said in words, not only by the bubble's side and colour.
  expect(await message.getByText('Usager', { exact: true }).count()).toBe(1);
  expect(await message.getByText('Jean Dupont', { exact: true }).count()).toBe(1);
  // Unread when the page opened: flagged « Nouveau » (opening it marked it read).
  expect(await message.getByText('Nouveau', { exact: true }).count()).toBe(1);
  const texte = await message.innerText();
  expect(texte).toContain('Bonjour,\nnotre association change d’adresse <b>le 3 mars</b>.');
  expect(await message.locator('b').count()).toBe(0);
  const date = message.locator('time');
  expect(new Date((await date.getAttribute('datetime'))!).getTime()).toBeGreaterThan(Date.now() - 600_000);
  expect(await date.textContent()).toMatch(/^\d{1,2} \p{L}+ \d{4} à \d{2}:\d{2}$/u);
  await verifierAxe(page);
});

it('l’agent répond au clavier seul ; une réponse vide est refusée sur le champ', async () => {
  const champ = champReponse();
  // Empty first: the error is tied to the field.
  await tabulerJusqua('[data-testid="conversation-envoyer"]');
  await page.keyboard.press('Enter');
  const erreur = panneau().getByText('Écrivez votre message avant de l’envoyer.');
  await erreur.waitFor();
  expect(await champ.getAttribute('aria-invalid')).toBe('true');
  const idErreur = await erreur.getAttribute('id');
  expect(idErreur).toBeTruthy();
  expect((await champ.getAttribute('aria-describedby'))?.split(' ')).toContain(idErreur);
  // The focus went back to the field: type, then Tab to « Envoyer » and Enter.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.type(REPONSE);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Envoyer');
  await page.keyboard.press('Enter');

  await panneau().getByRole('status').getByText('Votre message est envoyé.').waitFor();
  const reponse = panneau().locator('li[data-auteur="agent"]');
  await reponse.waitFor();
  expect(await reponse.innerText()).toContain(REPONSE);
  expect(await reponse.getByText('Agent', { exact: true }).count()).toBe(1);
  expect(await reponse.innerText()).toContain('Pas encore lu par l’usager');
  expect(await champ.inputValue()).toBe('');
  expect(await erreur.count()).toBe(0);
  await verifierAxe(page);

  // The citizen gets it once; reading it shows up on the agent's side.
  const lus = (await attendu(appelUsager('GET', `/api/usagers/dossiers/${numero}/messages`), 200)) as unknown as {
    data: Array<{ auteur: string; corps: string }>;
  };
  expect(lus.data.filter((m) => m.auteur === 'agent').map((m) => m.corps)).toEqual([REPONSE]);
  await page.reload();
  await panneau().locator('li[data-auteur="agent"]').getByText('Lu par l’usager le').waitFor();
  expect(await panneau().getByText('Nouveau', { exact: true }).count()).toBe(0);
});

it('le serveur refuse un message trop long : son message est sur le champ et la saisie reste', async () => {
  const champ = champReponse();
  await champ.fill('a'.repeat(5001));
  await panneau().getByRole('button', { name: 'Envoyer' }).click();
  const erreur = panneau().getByText('Votre message dépasse 5\u00A0000 caractères : raccourcissez-le.');
  await erreur.waitFor();
  expect((await champ.getAttribute('aria-describedby'))?.split(' ')).toContain(await erreur.getAttribute('id'));
  expect(await champ.inputValue()).toHaveLength(5001);
  expect(await panneau().locator('li').count()).toBe(2);
  await champ.fill('');
});

it('l’agent ferme la conversation : le formulaire disparaît et l’usager ne peut plus écrire', async () => {
  await panneau().getByRole('button', { name: 'Fermer la conversation' }).click();
  await panneau().getByRole('status').getByText('La conversation est fermée : l’usager ne peut plus écrire.').waitFor();
  expect(await panneau().getByRole('form', { name: 'Répondre à l’usager' }).count()).toBe(0);
  expect(await panneau().getByText('Fermée', { exact: true }).count()).toBe(1);
  await panneau().getByRole('button', { name: 'Rouvrir la conversation' }).waitFor();
  await verifierAxe(page);

  expect((await ecrireEnUsager('Encore une question ?')).status).toBe(409);
  await page.reload();
  await panneau().getByRole('button', { name: 'Rouvrir la conversation' }).waitFor();
  expect(await panneau().getByRole('textbox').count()).toBe(0);
  // The thread stays readable, without the refused message.
  await panneau().locator('li[data-auteur="agent"]').waitFor();
  expect(await panneau().locator('li').count()).toBe(2);

  // Reopened, the form is back and the citizen can write again.
  await panneau().getByRole('button', { name: 'Rouvrir la conversation' }).click();
  await panneau()
    .getByRole('status')
    .getByText('La conversation est rouverte : l’usager peut de nouveau écrire.')
    .waitFor();
  await panneau().getByRole('form', { name: 'Répondre à l’usager' }).waitFor();
  expect((await ecrireEnUsager('Merci pour votre réponse.')).status).toBe(201);
});

it('fermée entre-temps par un autre onglet : l’envoi est refusé, la raison est dite et le formulaire disparaît', async () => {
  await champReponse().waitFor();
  // Hold this page's refreshes so that it still shows the form once the conversation is closed elsewhere.
  const retenues: Array<() => Promise<void>> = [];
  const duDossier = (url: URL) => url.pathname.startsWith(`/instruction/dossiers/${numero}`);
  await page.route(duDossier, (route) => {
    if (route.request().method() === 'GET') retenues.push(() => route.continue());
    else return route.continue();
  });
  await enAgent('PUT', `/instruction/dossiers/${numero}/conversation`, { ouverte: false });
  await champReponse().fill('Une dernière précision.');
  await panneau().getByRole('button', { name: 'Envoyer' }).click();
  await panneau()
    .getByRole('alert')
    .getByText('La conversation a été fermée entre-temps : votre message n’est pas envoyé.')
    .waitFor();
  // Let the held refreshes through; removing the route lets any later one through as well.
  for (const relacher of retenues.splice(0)) await relacher();
  await page.unroute(duDossier);
  await panneau().getByRole('button', { name: 'Rouvrir la conversation' }).waitFor();
  expect(await panneau().getByRole('form', { name: 'Répondre à l’usager' }).count()).toBe(0);
  // The focus was in the form that disappeared: it lands on the button that reopens.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Rouvrir la conversation');
  expect(await panneau().locator('li').count()).toBe(3);
  await verifierAxe(page);
});
