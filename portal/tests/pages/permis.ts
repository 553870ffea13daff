/** The small model's journey: sign in, create a brouillon, fill, upload, save, deposit, read, sign out. */
import type { BrowserContext, Page } from 'playwright-core';
import { verifierAxe, verifierClavier } from '../../../e2e/support/accessibilite';
import { JWT_STUB } from '../support/stub-cms';
import { capturer, env, ouvrir, recues, seConnecterDepuis, soumettre } from './env';

export function parcoursPermis(): void {
  let page: Page;
  let base: string;
  let stub: typeof env.stub;
  let contexte: BrowserContext;
  beforeAll(() => {
    ({ page, base, stub, contexte } = env);
  });

  describe('signed-in journey (real sign-in against tools/oidc-dev)', () => {
    const NUMERO = 'GU-2026-000200';
    const FORMULAIRE = `/compte/dossiers/${NUMERO}/modifier`;

    it('signs in from the dispositif page and comes back to it', async () => {
      await ouvrir('/dispositifs/aide-permis');
      await seConnecterDepuis('main a:text("Se connecter pour déposer un dossier")');
      expect(page.url()).toBe(`${base}/dispositifs/aide-permis`);
      // The name comes from the CMS (POST /api/usagers/session), the session cookie is HttpOnly and SameSite=Lax.
      expect(await page.locator('.entete__usager').textContent()).toContain('Camille Martin');
      const cookies = await contexte.cookies(base);
      const session = cookies.find((c) => c.name === 'guichet_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(Buffer.from(session!.value, 'base64url')).toHaveLength(32);
      const echange = stub.requetes.find((r) => r.chemin === '/api/usagers/session');
      expect(echange?.entetes.authorization).toMatch(/^Bearer ey/);
      // Tokens stay on the server.
      expect(await page.content()).not.toContain(JWT_STUB);
      await verifierAxe(page);
    });

    it('« Déposer un dossier » creates a brouillon and opens its form', async () => {
      await Promise.all([page.waitForURL(`${base}${FORMULAIRE}`), page.click('button:text("Déposer un dossier")')]);
      const creation = stub.requetes.filter((r) => r.methode === 'POST' && r.chemin === '/api/usagers/dossiers').pop();
      expect(JSON.parse(creation!.corps.toString())).toEqual({ dispositif: 'aide-permis' });
      expect(await page.title()).toBe(`Compléter le dossier ${NUMERO} – Guichet`);
      // One onglet: no table of contents; its sections are groups named by their h3.
      expect(await page.locator('main h2').allTextContents()).toEqual(['Votre demande']);
      expect(await page.locator('.sommaire').count()).toBe(0);
      expect(await page.locator('.section > h3').allTextContents()).toEqual(['Vous', 'Votre projet']);
      expect(await page.locator('.section').first().getAttribute('role')).toBe('group');
      // Required fields: a visible « * » explained once, and `required` on the control.
      expect(await page.locator('main .obligatoires').textContent()).toBe(
        'Les champs marqués d’un astérisque * sont obligatoires.',
      );
      expect(await page.locator('label[for="champ-nom"] .obligatoire').textContent()).toBe('*');
      expect(await page.locator('#champ-nom').getAttribute('required')).toBe('');
      expect(await page.locator('#champ-nom').getAttribute('autocomplete')).toBe('family-name');
      expect(await page.locator('#champ-date_naissance').getAttribute('autocomplete')).toBe('bday');
      expect(await page.locator('#champ-precisions').evaluate((el) => el.tagName)).toBe('TEXTAREA');
      expect(await page.locator('#champ-devis-aide').textContent()).toContain('Document attendu : Devis.');
      expect(await page.locator('#champ-montant_demande').getAttribute('inputmode')).toBe('decimal');
      expect(await page.locator('#champ-date_naissance').getAttribute('type')).toBe('date');
      expect(await page.locator('#champ-situation option').first().getAttribute('value')).toBe('');
      expect(await page.locator('#champ-devis').getAttribute('accept')).toBe('application/pdf,image/jpeg');
      expect(await page.locator('#champ-devis-aide').textContent()).toContain(
        'Formats acceptés : PDF ou JPEG. Taille maximale : 5\u00A0Mo.',
      );
      expect(await page.locator('#champ-situation').getAttribute('aria-describedby')).toBe('champ-situation-aide');
      // The model's own hint replaces the portal's generic one; without it, the generic one is there.
      expect(await page.locator('#champ-montant_demande-aide').textContent()).toBe('En euros, 1 500 € au plus.');
      expect(await page.locator('#champ-date_naissance-aide').textContent()).toBe('Par exemple 31/01/2026.');
      // One form, multipart, whose first control is the CSRF token.
      const formulaire = page.locator('main form[method="post"]');
      expect(await formulaire.count()).toBe(1);
      expect(await formulaire.getAttribute('enctype')).toBe('multipart/form-data');
      expect(await formulaire.locator('input, select, textarea, button').first().getAttribute('name')).toBe('_csrf');
      expect(await page.locator('input[name="_idempotence"]').inputValue()).toMatch(/^[0-9a-f-]{36}$/);
      await verifierAxe(page);
      await verifierClavier(page, [
        '#champ-nom',
        '#champ-date_naissance',
        '#champ-situation',
        '#champ-montant_demande',
        '#champ-precisions',
        '#champ-devis',
        'button[value="televerser:devis"]',
        'button[value="enregistrer"]',
        'button[value="deposer"]',
      ]);
      await capturer('formulaire');
    });

    it('a deposit with missing answers shows the error summary first in main, linked to each field', async () => {
      expect(await soumettre('button[value="deposer"]')).toBe(422);
      expect(await page.title()).toBe(`Erreur : Compléter le dossier ${NUMERO} – Guichet`);
      const resume = page.locator('main > :first-child');
      expect(await resume.getAttribute('class')).toBe('resume-erreurs');
      expect(await resume.getAttribute('role')).toBe('alert');
      expect(await resume.locator('a').evaluateAll((liens) => liens.map((a) => a.getAttribute('href')))).toEqual([
        '#champ-nom',
        '#champ-date_naissance',
        '#champ-situation',
        '#champ-montant_demande',
        '#champ-devis',
      ]);
      expect(await page.locator('#champ-montant_demande').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#champ-montant_demande').getAttribute('aria-describedby')).toBe(
        'champ-montant_demande-aide champ-montant_demande-erreur',
      );
      // Nothing reached the CMS: the same domain rules ran in the portal first.
      expect(stub.requetes.some((r) => r.chemin.endsWith('/depot'))).toBe(false);
      await verifierAxe(page);
      await capturer('formulaire-erreurs');
    });

    it('a draft with a malformed amount keeps what was typed', async () => {
      await page.fill('#champ-nom', 'Dupont');
      await page.fill('#champ-montant_demande', 'douze euros');
      expect(await soumettre('button[value="enregistrer"]')).toBe(422);
      expect(await page.locator('.resume-erreurs a').allTextContents()).toEqual([
        expect.stringContaining('Montant demandé'),
      ]);
      expect(await page.locator('#champ-nom').inputValue()).toBe('Dupont');
      expect(await page.locator('#champ-montant_demande').inputValue()).toBe('douze euros');
    });

    it('saves a valid draft (PUT with the version) and says so', async () => {
      await page.fill('#champ-date_naissance', '2004-05-17');
      await page.selectOption('#champ-situation', 'etudiant');
      await page.fill('#champ-montant_demande', '1 234,50');
      await Promise.all([page.waitForURL(`${base}${FORMULAIRE}`), page.click('button[value="enregistrer"]')]);
      expect(await page.locator('.avis--succes').textContent()).toContain('Votre brouillon a été enregistré.');
      const put = stub.requetes.filter((r) => r.methode === 'PUT').pop();
      expect(JSON.parse(put!.corps.toString())).toEqual({
        version: 1,
        donnees: {
          nom: 'Dupont',
          date_naissance: '2004-05-17',
          situation: 'etudiant',
          montant_demande: 1234.5,
        },
      });
      expect(await page.locator('#champ-montant_demande').inputValue()).toBe('1234,50');
      await verifierAxe(page);
    });

    const API = `/api/usagers/dossiers/${NUMERO}`;

    it('refuses a wrong type and a file too large on the field, and keeps what was typed', async () => {
      await page.fill('#champ-precisions', 'Conduite accompagnée');
      await page.setInputFiles('#champ-devis', {
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: Buffer.from('\x89PNG pas un pdf'),
      });
      expect(await soumettre('button[value="televerser:devis"]')).toBe(422);
      expect(await page.locator('.resume-erreurs a[href="#champ-devis"]').textContent()).toBe(
        'Ce fichier n’est pas un PDF ni une image JPEG.',
      );
      expect(await page.locator('#champ-devis-erreur').textContent()).toContain(
        'Ce fichier n’est pas un PDF ni une image JPEG.',
      );
      expect(await page.locator('#champ-devis').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#champ-precisions').inputValue()).toBe('Conduite accompagnée');
      await verifierAxe(page);

      const avant = stub.requetes.length;
      await page.setInputFiles('#champ-devis', {
        name: 'enorme.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(6 * 1024 * 1024, 0x25),
      });
      expect(await soumettre('button[value="televerser:devis"]')).toBe(422);
      expect(await page.locator('.resume-erreurs').textContent()).toContain(
        'Le fichier pour «\u00A0Devis de l’auto-école\u00A0» doit faire 5\u00A0Mo au plus.',
      );
      // Cut off while streaming: the CMS never got a whole file.
      expect(recues(avant)).not.toContain(`POST ${API}/pieces`);
      expect(await page.locator('#champ-precisions').inputValue()).toBe('Conduite accompagnée');
    });

    it('types values, chooses a file, « Envoyer le fichier » without saving first: the file is listed and the values stay', async () => {
      await ouvrir(FORMULAIRE);
      await page.fill('#champ-precisions', 'Permis en conduite accompagnée');
      await page.fill('#champ-montant_demande', '1 000');
      const avant = stub.requetes.length;
      const version = stub.dossiers.get(NUMERO)!.version;
      const pdf = Buffer.from('%PDF-1.7\n% devis signé\n');
      await page.setInputFiles('#champ-devis', { name: 'devis signé.pdf', mimeType: 'application/pdf', buffer: pdf });
      expect(await soumettre('button[value="televerser:devis"]')).toBe(303);
      expect(page.url()).toBe(`${base}${FORMULAIRE}#champ-devis`);
      expect(await page.locator('.avis--succes').textContent()).toContain(
        'Le fichier «\u00A0devis signé.pdf\u00A0» a été ajouté. Vos réponses ont été enregistrées.',
      );
      expect(
        await page
          .locator('#champ-devis')
          .evaluate((el) => el.closest('fieldset')?.querySelector('.fichiers')?.textContent),
      ).toContain('devis signé.pdf');
      expect(await page.locator('#champ-precisions').inputValue()).toBe('Permis en conduite accompagnée');
      expect(await page.locator('#champ-montant_demande').inputValue()).toBe('1000');
      expect(await page.locator('#champ-nom').inputValue()).toBe('Dupont');

      // The draft was saved with what was typed before the file went to the CMS.
      expect(recues(avant).filter((r) => !r.startsWith('GET'))).toEqual([`PUT ${API}`, `POST ${API}/pieces`]);
      const [put, envoi] = stub.requetes.slice(avant).filter((r) => r.methode !== 'GET');
      expect(JSON.parse(put!.corps.toString())).toEqual({
        version,
        donnees: {
          nom: 'Dupont',
          date_naissance: '2004-05-17',
          situation: 'etudiant',
          montant_demande: 1000,
          precisions: 'Permis en conduite accompagnée',
        },
      });
      expect(envoi?.entetes['content-type']).toMatch(/^multipart\/form-data; boundary=----guichet/);
      expect(envoi?.entetes.authorization).toBe(`Bearer ${JWT_STUB}`);
      expect(envoi?.corps.toString()).toContain('name="champ"\r\n\r\ndevis\r\n');
      expect(envoi?.corps.includes(pdf)).toBe(true);
      expect(envoi?.corps.toString()).not.toContain('_csrf');
      expect(envoi?.corps.toString()).not.toContain('Permis en conduite');
      await verifierAxe(page);
    });

    it('types a value, then « Supprimer »: the file is gone and the value stays', async () => {
      await page.fill('#champ-montant_demande', '1 234,50');
      const avant = stub.requetes.length;
      const version = stub.dossiers.get(NUMERO)!.version;
      expect(await soumettre('button[aria-label="Supprimer devis signé.pdf"]')).toBe(303);
      expect(page.url()).toBe(`${base}${FORMULAIRE}#champ-devis`);
      expect(await page.locator('.avis--succes').textContent()).toContain(
        'Le fichier «\u00A0devis signé.pdf\u00A0» a été supprimé. Vos réponses ont été enregistrées.',
      );
      expect(await page.locator('.fichiers').count()).toBe(0);
      expect(await page.locator('#champ-montant_demande').inputValue()).toBe('1234,50');
      expect(await page.locator('#champ-precisions').inputValue()).toBe('Permis en conduite accompagnée');
      const ecritures = stub.requetes.slice(avant).filter((r) => r.methode !== 'GET');
      expect(ecritures.map((r) => `${r.methode} ${r.chemin.replace(/\/pieces\/\d+$/, '/pieces/:id')}`)).toEqual([
        `PUT ${API}`,
        `DELETE ${API}/pieces/:id`,
      ]);
      expect(JSON.parse(ecritures[0]!.corps.toString())).toMatchObject({
        version,
        donnees: { montant_demande: 1234.5, precisions: 'Permis en conduite accompagnée' },
      });
      await verifierAxe(page);
    });

    it('Enter in a field saves the draft, and never presses « Supprimer » or « Envoyer le fichier »', async () => {
      await page.setInputFiles('#champ-devis', {
        name: 'devis.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7 devis'),
      });
      const envoi = stub.requetes.length;
      expect(await soumettre('button[value="televerser:devis"]')).toBe(303);
      // Nothing changed since the last save: the file went, the draft was not written again.
      expect(recues(envoi).filter((r) => !r.startsWith('GET'))).toEqual([`POST ${API}/pieces`]);
      const avant = stub.requetes.length;
      await page.fill('#champ-precisions', 'Conduite accompagnée depuis 2022');
      await page.focus('#champ-nom');
      const [reponse] = await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
        page.keyboard.press('Enter'),
      ]);
      await page.waitForLoadState();
      expect(reponse.status()).toBe(303);
      expect(await page.locator('.avis--succes').textContent()).toContain('Votre brouillon a été enregistré.');
      expect(recues(avant).filter((r) => !r.startsWith('GET'))).toEqual([`PUT ${API}`]);
      expect(await page.locator('.fichiers').textContent()).toContain('devis.pdf');
      expect(await page.locator('#champ-precisions').inputValue()).toBe('Conduite accompagnée depuis 2022');
    });

    it('a stale version (409) asks to reload', async () => {
      stub.echouerProchain('POST', /\/depot$/, 409, {
        data: null,
        error: { status: 409, name: 'ConflictError', message: 'Version périmée', details: { code: 'VERSION' } },
      });
      expect(await soumettre('button[value="deposer"]')).toBe(409);
      expect(await page.locator('.avis--erreur').textContent()).toContain('Ce dossier a été modifié entre-temps');
      expect(await page.locator('.avis--erreur a').getAttribute('href')).toBe(FORMULAIRE);
      await verifierAxe(page);
      await ouvrir(FORMULAIRE);
    });

    it('deposits with an Idempotency-Key and lands on the dossier page with a notice', async () => {
      const cle = await page.locator('input[name="_idempotence"]').inputValue();
      const version = Number(await page.locator('input[name="version"]').inputValue());
      expect(version).toBe(stub.dossiers.get(NUMERO)?.version);
      await Promise.all([page.waitForURL(`${base}/compte/dossiers/${NUMERO}`), page.click('button[value="deposer"]')]);
      const depot = stub.requetes.filter((r) => r.chemin.endsWith('/depot')).pop();
      expect(depot?.entetes['idempotency-key']).toBe(cle);
      expect(JSON.parse(depot!.corps.toString())).toMatchObject({
        version,
        donnees: { nom: 'Dupont', montant_demande: 1234.5 },
      });
      expect(await page.locator('.avis--succes').textContent()).toContain(`Votre dossier ${NUMERO} a bien été déposé.`);
      expect(await page.title()).toBe(`Dossier ${NUMERO} – Guichet`);
      expect(await page.locator('.badge').first().textContent()).toBe('Dossier reçu');
      expect(await page.locator('.ligne-de-vie [aria-current="step"]').textContent()).toContain(
        'Instruction par nos services',
      );
      await capturer('dossier');
      const reponses = (await page.locator('.reponses').allTextContents()).join(' ');
      expect(reponses).toContain('1\u202F234,50\u00A0€');
      expect(reponses).toContain('17/05/2004');
      expect(reponses).toContain('Étudiant ou étudiante');
      await verifierAxe(page);
      // The form is closed once deposited.
      await ouvrir(FORMULAIRE);
      expect(page.url()).toBe(`${base}/compte/dossiers/${NUMERO}`);
      expect(await page.locator('.avis--erreur').textContent()).toContain('ne peut plus être modifié');
    });
  });
}
