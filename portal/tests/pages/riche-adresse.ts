/** Address suggestions: the ARIA combobox with the keyboard, and the portal's proxy to API Adresse (stubbed). */
import { verifierAxe } from '../../../e2e/support/accessibilite';
import { derniere, env, ouvrir } from './env';
import { BROUILLON, formulaireDe } from './riche-commun';

export function adresses(): void {
  it('suggests addresses with an ARIA combobox, used with the keyboard alone (stub API Adresse)', async () => {
    const { page } = env;
    await ouvrir(formulaireDe(BROUILLON));
    const saisie = page.locator('#champ-adresse');
    expect(await saisie.getAttribute('role')).toBe('combobox');
    expect(await saisie.getAttribute('aria-controls')).toBe('champ-adresse-suggestions');
    expect(await saisie.getAttribute('aria-expanded')).toBe('false');
    await saisie.focus();
    await page.keyboard.type('8 du port');
    const liste = page.locator('#champ-adresse-suggestions');
    await liste.waitFor({ state: 'visible' });
    expect(await liste.getAttribute('role')).toBe('listbox');
    expect(await liste.locator('[role="option"]').allTextContents()).toEqual([
      '8 Boulevard du Port 80000 Amiens',
      '8 Rue du Port 80100 Abbeville',
      '8 Quai du Port 80200 Péronne',
    ]);
    expect(await saisie.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-adresse-annonce]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-adresse-annonce]').textContent()).toContain('3 suggestions');
    expect(env.adresse.requetes.at(-1)?.toString()).toBe('q=8+du+port&limit=5');
    await verifierAxe(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await saisie.getAttribute('aria-activedescendant')).toBe('champ-adresse-suggestions-1');
    expect(await liste.locator('[aria-selected="true"]').textContent()).toBe('8 Rue du Port 80100 Abbeville');
    await page.keyboard.press('Escape');
    expect(await liste.isHidden()).toBe(true);
    expect(await saisie.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await saisie.inputValue()).toBe('8 Rue du Port 80100 Abbeville');
    expect(await liste.isHidden()).toBe(true);
    expect(JSON.parse(await page.locator('input[name="adresse__json"]').inputValue())).toMatchObject({
      libelle: '8 Rue du Port 80100 Abbeville',
      codeInsee: '80001',
      latitude: 50.105,
    });
    const carte = page.locator('[data-adresse-carte] a');
    expect(await carte.isVisible()).toBe(true);
    expect(await carte.getAttribute('href')).toBe(
      'https://www.openstreetmap.org/?mlat=50.105000&mlon=1.833000#map=18/50.105000/1.833000',
    );
    // The list is closed: Enter now submits the form (its default button saves the draft).
    const [reponse] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForLoadState();
    expect(reponse.status()).toBe(303);
    const put = derniere('PUT', BROUILLON);
    expect(JSON.parse(put!.corps.toString()).donnees.adresse).toMatchObject({
      libelle: '8 Rue du Port 80100 Abbeville',
      codePostal: '80100',
      commune: 'Abbeville',
      codeInsee: '80001',
    });
    // Stored with its coordinates: the map link is there without JavaScript too.
    expect(await page.locator('[data-adresse-carte]').getAttribute('hidden')).toBeNull();
    // Typing again: the text is no longer that suggestion.
    await saisie.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' bis');
    expect(await page.locator('input[name="adresse__json"]').inputValue()).toBe('');
    expect(await page.locator('[data-adresse-carte]').isHidden()).toBe(true);
  });

  it('GET /api/adresse: signed-in only, validated, never cached, and failing softly', async () => {
    const { page } = env;
    const url = (q: string) => `${env.base}/api/adresse?q=${encodeURIComponent(q)}`;
    const ok = await page.request.get(url('8 bd du port'));
    expect(ok.status()).toBe(200);
    expect(ok.headers()['cache-control']).toBe('private, no-store');
    expect(await ok.json()).toEqual({
      suggestions: [
        {
          libelle: '8 Boulevard du Port 80000 Amiens',
          codePostal: '80000',
          commune: 'Amiens',
          codeInsee: '80021',
          longitude: 2.290084,
          latitude: 49.897443,
        },
      ],
    });
    expect(await (await page.request.get(url('8'))).json()).toEqual({ suggestions: [] });
    const panne = await page.request.get(url('rue en panne'));
    expect([panne.status(), await panne.json()]).toEqual([502, { suggestions: [] }]);
    const lent = await page.request.get(url('rue lente'));
    expect(lent.status()).toBe(502);
    expect((await fetch(url('8 bd du port'))).status).toBe(401);
  });
}
