/**
 * « Déposer un dossier » for one of the citizen's profils: without a profil nothing changes; with some, « Pour qui
 * déposez-vous ce dossier ? » comes first (radios, keyboard, without JavaScript), and the CMS's 422 PROFIL_INCONNU
 * is shown on the choice with the error summary. Runs signed in (after the rich form).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../../../e2e/support/accessibilite';
import { capturer, derniere, env, ouvrir, recues, soumettre, soumettreAuClavier } from './env';

const DISPOSITIF = '/dispositifs/aide-permis';
const PROFILS = [
  { id: 7, type: 'association', nom: 'Les Amis du Festival' },
  { id: 9, type: 'famille', nom: 'Martin' },
] as const;

export function depotPourUnProfil(): void {
  let page: Page;
  let stub: typeof env.stub;
  const crees: string[] = [];
  beforeAll(() => {
    ({ page, stub } = env);
  });

  /** The numero of the brouillon whose form the page shows, remembered to remove it from the stub afterwards. */
  async function numeroOuvert(): Promise<string> {
    await page.waitForURL(/\/compte\/dossiers\/[^/]+\/modifier$/);
    const numero = /\/compte\/dossiers\/([^/]+)\/modifier$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    crees.push(numero);
    return numero;
  }

  function corpsCreation(): unknown {
    return JSON.parse(derniere('POST', '/api/usagers/dossiers')?.corps.toString() ?? 'null');
  }

  afterAll(() => {
    stub.profils.splice(0);
    for (const numero of crees) stub.dossiers.delete(numero);
  });

  describe('filing for a profil', () => {
    it('without a profil, « Déposer un dossier » asks nothing more', async () => {
      const depuis = stub.requetes.length;
      await ouvrir(DISPOSITIF);
      expect(recues(depuis)).toContain('GET /api/usagers/profils');
      expect(await page.locator('main fieldset').count()).toBe(0);
      expect(await page.locator('main input[type="radio"]').count()).toBe(0);
      expect(await page.locator('main form button').textContent()).toBe('Déposer un dossier');
    });

    it('a dispositif that takes no dossier yet (409): the CMS’s message in the error summary, no 500', async () => {
      const message = 'Ce dispositif n’accepte pas encore de dossiers : son formulaire n’est pas publié.';
      stub.echouerProchain('POST', /^\/api\/usagers\/dossiers$/, 409, {
        data: null,
        error: { status: 409, name: 'ConflictError', message, details: { code: 'MODELE_NON_PUBLIE' } },
      });
      expect(await soumettre('main form button')).toBe(409);
      expect(await page.locator('.resume-erreurs li').allTextContents()).toEqual([message]);
      expect(await page.locator('.resume-erreurs a').count()).toBe(0);
      await verifierAxe(page);
    });

    it('with profils, asks who the dossier is for, « En mon nom » checked first (axe, keyboard)', async () => {
      stub.profils.push(...PROFILS);
      await ouvrir(DISPOSITIF);
      const groupe = page.locator('main form fieldset');
      expect(await groupe.locator('legend').textContent()).toBe('Pour qui déposez-vous ce dossier\u00A0?');
      expect(await groupe.locator('label').allTextContents()).toEqual([
        'En mon nom',
        'Association Les Amis du Festival',
        'Famille Martin',
      ]);
      expect(
        await groupe.locator('input[type="radio"]').evaluateAll((r) => r.map((e) => e.getAttribute('value'))),
      ).toEqual(['', '7', '9']);
      expect(await page.locator('#profil-moi').isChecked()).toBe(true);
      await verifierAxe(page);
      await verifierClavier(page, ['#profil-moi', 'main form button']);
      await capturer('dispositif-pour-qui');
    });

    it('keyboard only: arrows choose the association, Enter files the dossier for it', async () => {
      await ouvrir(DISPOSITIF);
      await page.locator('#profil-moi').focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#profil-7').isChecked()).toBe(true);
      expect(await soumettreAuClavier('Enter')).toBe(303);
      const numero = await numeroOuvert();
      expect(corpsCreation()).toEqual({ dispositif: 'aide-permis', profil: 7 });
      // The stub, like the CMS, files it as an association's dossier.
      expect(stub.dossiers.get(numero)?.typeProfil).toBe('association');
      // The dossier and « Mes dossiers » say who it is filed for (axe: the added line keeps the page valid).
      expect(await ouvrir(`/compte/dossiers/${numero}`)).toBe(200);
      expect(await page.locator('dl.meta dt:text("Déposé pour") + dd').textContent()).toBe(
        'Association Les Amis du Festival',
      );
      await verifierAxe(page);
      expect(await ouvrir('/compte')).toBe(200);
      const ligne = page.locator('tbody tr', { has: page.locator(`th:text("${numero}")`) });
      expect(await ligne.locator('.pour-profil').textContent()).toBe('Pour Association Les Amis du Festival');
      await verifierAxe(page);
    });

    it('« En mon nom » sends no profil', async () => {
      await ouvrir(DISPOSITIF);
      expect(await soumettre('main form button')).toBe(303);
      await numeroOuvert();
      expect(corpsCreation()).toEqual({ dispositif: 'aide-permis' });
    });

    it('a profil the citizen left meanwhile: 422 on the choice, with the error summary (axe)', async () => {
      await ouvrir(DISPOSITIF);
      await page.check('#profil-9');
      stub.profils.splice(1, 1);
      expect(await soumettre('main form button')).toBe(422);
      expect(corpsCreation()).toEqual({ dispositif: 'aide-permis', profil: 9 });
      expect(await page.title()).toBe('Erreur : Aide au permis de conduire – Guichet');
      const lien = page.locator('.resume-erreurs a[href="#profil-moi"]');
      expect(await lien.textContent()).toBe('Vous ne faites pas partie de ce profil.');
      // The summary has the focus (JavaScript); the message is on the group, tied to it.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('resume-erreurs'))).toBe(true);
      expect(await page.locator('#profil-erreur').textContent()).toContain('Vous ne faites pas partie de ce profil.');
      expect(await page.locator('main form fieldset').getAttribute('aria-describedby')).toBe('profil-erreur');
      // The profil is gone from the list: back to « En mon nom ».
      expect(await page.locator('main form label').allTextContents()).toEqual([
        'En mon nom',
        'Association Les Amis du Festival',
      ]);
      expect(await page.locator('#profil-moi').isChecked()).toBe(true);
      await verifierAxe(page);
      await capturer('dispositif-pour-qui-erreur');
      // Following the link with the keyboard reaches the group.
      await lien.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#profil-moi$/);
    });

    it('refuses the choice without the session’s CSRF token, and a choice the page did not offer', async () => {
      await ouvrir(DISPOSITIF);
      const csrf = await page.locator('main input[name="_csrf"]').inputValue();
      const depuis = stub.requetes.length;
      const sansJeton = await page.request.post(`${env.base}${DISPOSITIF}`, {
        headers: { Origin: env.base },
        form: { _csrf: 'mauvais-jeton', profil: '7' },
      });
      expect(sansJeton.status()).toBe(403);
      const bizarre = await page.request.post(`${env.base}${DISPOSITIF}`, {
        headers: { Origin: env.base },
        form: { _csrf: csrf, profil: '7 OR 1=1' },
      });
      expect(bizarre.status()).toBe(422);
      expect(await bizarre.text()).toContain('Choisissez pour qui vous déposez ce dossier.');
      expect(recues(depuis)).not.toContain('POST /api/usagers/dossiers');
    });

    it('when the CMS cannot list the profils, the citizen can still file in their own name', async () => {
      stub.echouerProchain('GET', /^\/api\/usagers\/profils$/, 502);
      expect(await ouvrir(DISPOSITIF)).toBe(200);
      expect(await page.locator('main fieldset').count()).toBe(0);
      expect(await page.locator('main form button').textContent()).toBe('Déposer un dossier');
      // A CMS answering another shape is not trusted either (zod): no choice built on it.
      stub.echouerProchain('GET', /^\/api\/usagers\/profils$/, 200, {
        data: [{ id: 'x', type: 'club' }],
      } as unknown as Parameters<typeof stub.echouerProchain>[3]);
      expect(await ouvrir(DISPOSITIF)).toBe(200);
      expect(await page.locator('main fieldset').count()).toBe(0);
      // The next page load lists them again.
      await ouvrir(DISPOSITIF);
      expect(await page.locator('main fieldset').count()).toBe(1);
    });

    it('signs in again when the CMS no longer accepts the session while listing the profils (401)', async () => {
      const session = async () => (await env.contexte.cookies(env.base)).find((c) => c.name === 'guichet_session');
      const avant = (await session())?.value;
      stub.echouerProchain('GET', /^\/api\/usagers\/profils$/, 401);
      await page.goto(`${env.base}${DISPOSITIF}`);
      // The IdP still has its own session: the round trip needs no password and comes back here, with a new session.
      await page.waitForURL(`${env.base}${DISPOSITIF}`);
      expect((await session())?.value).not.toBe(avant);
      expect(await page.locator('main fieldset legend').textContent()).toContain('Pour qui');
    });

    describe('without JavaScript', () => {
      let contexte: BrowserContext;
      let sansJs: Page;

      beforeAll(async () => {
        contexte = await env.navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
        await contexte.route('**/_astro/*.js', (route) => route.abort());
        await contexte.addCookies(await env.contexte.cookies());
        sansJs = await contexte.newPage();
      });

      afterAll(async () => {
        await contexte?.close();
      });

      it('keeps the choice when the CMS refuses it, then files for it', async () => {
        await ouvrir(DISPOSITIF, sansJs);
        await sansJs.check('#profil-7');
        const message = 'Ce profil ne peut pas déposer pour ce dispositif.';
        stub.echouerProchain('POST', /^\/api\/usagers\/dossiers$/, 422, {
          data: null,
          error: {
            status: 422,
            name: 'ValidationError',
            message,
            details: { erreurs: [{ champ: 'profil', code: 'PROFIL_INCONNU', message }] },
          },
        });
        expect(await soumettre('main form button', sansJs)).toBe(422);
        expect(await sansJs.locator('.resume-erreurs a[href="#profil-moi"]').textContent()).toBe(message);
        expect(await sansJs.locator('#profil-7').isChecked()).toBe(true);
        await verifierAxe(sansJs);
        expect(await soumettre('main form button', sansJs)).toBe(303);
        expect(corpsCreation()).toEqual({ dispositif: 'aide-permis', profil: 7 });
        await sansJs.waitForURL(/\/compte\/dossiers\/[^/]+\/modifier$/);
        crees.push(/\/compte\/dossiers\/([^/]+)\/modifier$/.exec(sansJs.url())?.[1] ?? '');
      });
    });
  });
}
