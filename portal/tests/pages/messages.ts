/**
 * The dossier's conversation (…/messages): the thread and the form, without JavaScript (scripts blocked, like the
 * « Pièces demandées » tests) for the POST/redirect/GET, refusals and CSRF; with JavaScript for the keyboard path
 * and the focus on the error summary. Every page shown has 0 axe violations, at 1280 and 375 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../../../e2e/support/accessibilite';
import { conversations } from '../support/stub-messages';
import { capturer, derniere, env, ouvrir, soumettre, soumettreAuClavier } from './env';

const NUMERO = 'GU-2026-000098';
const DOSSIER = `/compte/dossiers/${NUMERO}`;
const PAGE = `${DOSSIER}/messages`;
const NBSP = '\u00A0';
const texte = async (page: Page, selecteur: string) =>
  ((await page.locator(selecteur).first().textContent()) ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

export function messagesDuDossier(): void {
  describe('messages of a dossier', () => {
    let contexte: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      conversations.set(NUMERO, {
        ouverte: true,
        messages: [
          {
            id: 1,
            auteur: 'agent',
            auteurNom: 'Marie Durand',
            corps: 'Bonjour,\nMerci d’envoyer le <b>devis</b> signé.\n\nCordialement',
            envoyeLe: '2026-01-15T09:05:00.000Z',
            luLe: null,
          },
          {
            id: 2,
            auteur: 'usager',
            auteurNom: 'Camille Martin',
            corps: 'C’est fait.',
            envoyeLe: '2026-02-01T13:30:00.000Z',
            luLe: '2026-02-02T08:00:00.000Z',
          },
        ],
      });
      contexte = await env.navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
      await contexte.route('**/_astro/*.js', (route) => route.abort());
      await contexte.addCookies(await env.contexte.cookies());
      page = await contexte.newPage();
    });
    afterAll(async () => {
      await contexte?.close();
    });

    it('the dossier page links to the messages, with the unread count when the CMS gives it', async () => {
      await ouvrir(DOSSIER, page);
      expect(await texte(page, `main a[href="${PAGE}"]`)).toBe('Messages');
      Object.assign(env.stub.dossiers.get(NUMERO)!, { messagesNonLus: 2 });
      await ouvrir(DOSSIER, page);
      expect(await texte(page, `main a[href="${PAGE}"]`)).toBe(`Messages (2${NBSP}non lus)`);
      await verifierAxe(page);
      Object.assign(env.stub.dossiers.get(NUMERO)!, { messagesNonLus: undefined });
      await ouvrir('/compte/dossiers/GU-2026-000123', page);
      expect(await page.locator('main a[href$="/messages"]').count()).toBe(0);
    });

    it('shows the thread oldest first: author, French date with <time>, escaped text with its line breaks', async () => {
      expect(await ouvrir(PAGE, page)).toBe(200);
      expect(await page.title()).toBe(`Messages du dossier ${NUMERO} – Guichet`);
      const messages = page.locator('ol.fil-messages > li');
      expect(await messages.count()).toBe(2);
      expect(await texte(page, '#message-1 h3')).toBe(`Marie Durand, le 15${NBSP}janvier 2026 à 10${NBSP}h${NBSP}05`);
      expect(await texte(page, '#message-2 h3')).toBe(`Vous, le 1er${NBSP}février 2026 à 14${NBSP}h${NBSP}30`);
      expect(await page.locator('#message-1 time').getAttribute('datetime')).toBe('2026-01-15T09:05:00.000Z');
      // Escaped, never interpreted; line breaks kept on screen.
      expect(await page.locator('#message-1 b').count()).toBe(0);
      expect(await page.locator('#message-1 .message__corps').innerText()).toBe(
        'Bonjour,\nMerci d’envoyer le <b>devis</b> signé.\n\nCordialement',
      );
      expect(await texte(page, '#message-2 .message__lu')).toBe(
        `Lu par le service le 2${NBSP}février 2026 à 9${NBSP}h${NBSP}00.`,
      );
      // Reading the thread marked the agent's message read (the CMS does it on GET).
      expect(conversations.get(NUMERO)?.messages[0]?.luLe).not.toBeNull();
      expect(await page.locator('label[for="message-corps"]').textContent()).toBe('Votre message');
      expect(await page.locator('#message-corps').getAttribute('aria-describedby')).toBe('message-corps-aide');
      expect(await texte(page, '#message-corps-aide')).toContain(`5${NBSP}000${NBSP}caractères au plus`);
      expect(await texte(page, '#nouveau-message button[type="submit"]')).toBe('Envoyer');
      await verifierAxe(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await verifierAxe(page);
      // Nothing wider than the screen on a phone (long words wrap).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('sends without JavaScript: 303 back to the form (PRG), notice announced, one message at the CMS', async () => {
      await ouvrir(PAGE, page);
      const cle = await page.locator('input[name="_idempotence"]').inputValue();
      await page.fill('#message-corps', '  Voici ma question :\nquand serai-je payé ?  ');
      expect(await soumettre('#nouveau-message button[type="submit"]', page)).toBe(303);
      expect(page.url()).toBe(`${env.base}${PAGE}#nouveau-message`);
      const avis = page.locator('#nouveau-message [role="status"]');
      expect(await texte(page, '#nouveau-message [role="status"]')).toBe(
        'Votre message a été envoyé au service instructeur.',
      );
      expect(await avis.count()).toBe(1);
      const envoi = derniere('POST', `/dossiers/${NUMERO}/messages`);
      expect(envoi?.entetes.authorization).toBe('Bearer jwt-stub-usager');
      expect(envoi?.entetes['idempotency-key']).toBe(cle);
      expect(JSON.parse(envoi!.corps.toString('utf8'))).toEqual({
        corps: 'Voici ma question :\nquand serai-je payé ?',
      });
      expect(await texte(page, 'ol.fil-messages > li:last-child h3')).toMatch(/^Vous, le /);
      expect(await page.locator('ol.fil-messages > li:last-child .message__corps').innerText()).toBe(
        'Voici ma question :\nquand serai-je payé ?',
      );
      // A new key for the next message; reloading the page is a GET and sends nothing again.
      expect(await page.locator('input[name="_idempotence"]').inputValue()).not.toBe(cle);
      const avant = env.stub.requetes.length;
      await page.reload();
      expect(env.stub.requetes.slice(avant).filter((r) => r.methode === 'POST')).toEqual([]);
      expect(await page.locator('#nouveau-message [role="status"]').count()).toBe(0);
      await verifierAxe(page);
      await capturer('messages', page);
    });

    it('the same form sent twice (double click, resend) creates one message', async () => {
      await ouvrir(PAGE, page);
      const form = {
        _csrf: await page.locator('#nouveau-message input[name="_csrf"]').inputValue(),
        _idempotence: await page.locator('input[name="_idempotence"]').inputValue(),
        corps: 'Un seul envoi, même en cliquant deux fois.',
      };
      const avant = conversations.get(NUMERO)!.messages.length;
      for (let i = 0; i < 2; i += 1) {
        const reponse = await page.request.post(`${env.base}${PAGE}`, {
          headers: { Origin: env.base },
          form,
          maxRedirects: 0,
        });
        expect(reponse.status()).toBe(303);
      }
      expect(conversations.get(NUMERO)!.messages.length).toBe(avant + 1);
    });

    it('refuses a POST without the session’s CSRF token (nothing reaches the CMS)', async () => {
      const avant = env.stub.requetes.length;
      const reponse = await page.request.post(`${env.base}${PAGE}`, {
        headers: { Origin: env.base },
        form: { _csrf: 'mauvais-jeton', _idempotence: 'cle-de-test-123', corps: 'Pirate' },
      });
      expect(reponse.status()).toBe(403);
      expect(await reponse.text()).toContain('Formulaire expiré');
      expect(env.stub.requetes.slice(avant).some((r) => r.chemin.endsWith('/messages'))).toBe(false);
    });

    it('too long → 422: summary linked to the textarea, error tied to it, text kept, nothing sent', async () => {
      await ouvrir(PAGE, page);
      const long = `Début\n${'x'.repeat(5000)}`;
      await page.fill('#message-corps', long);
      const avant = env.stub.requetes.length;
      expect(await soumettre('#nouveau-message button[type="submit"]', page)).toBe(422);
      expect(env.stub.requetes.slice(avant).some((r) => r.methode === 'POST')).toBe(false);
      expect(await page.title()).toBe(`Erreur : Messages du dossier ${NUMERO} – Guichet`);
      expect(await page.locator('main > :first-child').getAttribute('class')).toBe('resume-erreurs');
      const lien = page.locator('.resume-erreurs a');
      expect(await lien.getAttribute('href')).toBe('#message-corps');
      expect(await texte(page, '.resume-erreurs a')).toBe(
        `Votre message compte 5${NBSP}006${NBSP}caractères : il doit en compter 5${NBSP}000 au plus.`,
      );
      expect(await page.locator('#message-corps').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#message-corps').getAttribute('aria-describedby')).toBe(
        'message-corps-aide message-corps-erreur',
      );
      expect(await page.locator('#message-corps').inputValue()).toBe(long);
      await verifierAxe(page);
      await capturer('messages-erreur', page);
    });

    it('shows the CMS’s own 422 message on the field, with the text kept', async () => {
      const message = 'Votre message contient un numéro de carte bancaire : retirez-le.';
      env.stub.echouerProchain('POST', /\/messages$/, 422, {
        data: null,
        error: {
          status: 422,
          name: 'ValidationError',
          message,
          details: { erreurs: [{ champ: 'corps', code: 'X', message }] },
        },
      });
      await ouvrir(PAGE, page);
      await page.fill('#message-corps', 'Ma carte : 4970 1000 0000 0000');
      expect(await soumettre('#nouveau-message button[type="submit"]', page)).toBe(422);
      expect(await texte(page, '.resume-erreurs a')).toBe(message);
      expect(await texte(page, '#message-corps-erreur')).toBe(`Erreur : ${message}`);
      expect(await page.locator('#message-corps').inputValue()).toBe('Ma carte : 4970 1000 0000 0000');
    });

    it('conversation closed while writing → 409, explanation, no form', async () => {
      env.stub.echouerProchain('POST', /\/messages$/, 409, {
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'Fermée', details: { code: 'CONVERSATION_FERMEE' } },
      });
      await ouvrir(PAGE, page);
      await page.fill('#message-corps', 'Trop tard ?');
      expect(await soumettre('#nouveau-message button[type="submit"]', page)).toBe(409);
      expect(await texte(page, '.resume-erreurs li')).toContain('La conversation sur ce dossier est fermée');
      expect(await page.locator('#message-corps').count()).toBe(0);
      // What was typed is shown, to copy elsewhere.
      expect(await texte(page, 'section[aria-labelledby="non-envoye-titre"] .message__corps')).toBe('Trop tard ?');
      await verifierAxe(page);
    });

    it('a closed conversation shows the thread and why there is no form; a brouillon has none yet', async () => {
      conversations.get(NUMERO)!.ouverte = false;
      expect(await ouvrir(PAGE, page)).toBe(200);
      expect(await page.locator('ol.fil-messages > li').count()).toBeGreaterThan(2);
      expect(await texte(page, 'main .avis')).toContain('La conversation sur ce dossier est fermée');
      expect(await page.locator('main form').count()).toBe(0);
      await verifierAxe(page);
      conversations.get(NUMERO)!.ouverte = true;
      expect(await ouvrir('/compte/dossiers/GU-2026-000123/messages', page)).toBe(200);
      expect(await texte(page, 'main .avis')).toContain('une fois votre dossier déposé');
      expect(await page.locator('main form').count()).toBe(0);
      await verifierAxe(page);
      expect(await ouvrir('/compte/dossiers/GU-2099-999999/messages', page)).toBe(404);
    });

    it('with JavaScript: keyboard only, from « Écrire un message » to sending; focus on the error summary', async () => {
      const p = env.page;
      await ouvrir(PAGE, p);
      await verifierClavier(p, [
        'main a[href="#nouveau-message"]',
        '#message-corps',
        '#nouveau-message button[type="submit"]',
        `main a[href="${DOSSIER}"]`,
      ]);
      await p.focus('main a[href="#nouveau-message"]');
      await p.keyboard.press('Enter');
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('message-corps');
      await p.keyboard.press('Tab');
      expect(await soumettreAuClavier('Enter', p)).toBe(422);
      // A locator waits for the new document (the POST's response may arrive before it replaces the old one).
      await p.locator('.resume-erreurs:focus').waitFor({ timeout: 5_000 });
      await p.keyboard.press('Tab');
      await p.keyboard.press('Enter');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('message-corps');
      await p.keyboard.type('Envoyé au clavier.');
      await p.keyboard.press('Tab');
      expect(await soumettreAuClavier('Enter', p)).toBe(303);
      expect(await texte(p, '#nouveau-message [role="status"]')).toBe(
        'Votre message a été envoyé au service instructeur.',
      );
      await verifierAxe(p);
    });
  });
}
