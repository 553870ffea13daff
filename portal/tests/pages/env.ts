/**
 * What the page tests share: the running portal, its stubs (CMS, API Adresse) and the browser, set up once by
 * pages.test.ts, and small helpers. Each part of the page tests (pages/*.ts) registers its describe blocks; they run
 * in one jest file so that the portal is built and started once.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StubAdresse } from '../support/stub-adresse';
import type { StubCms } from '../support/stub-cms';

export interface Environnement {
  stub: StubCms;
  adresse: StubAdresse;
  base: string;
  navigateur: Browser;
  contexte: BrowserContext;
  page: Page;
}

/** Filled by pages.test.ts's beforeAll, before any test runs. */
export const env = {} as Environnement;

/** Set CAPTURES=<dir> to save 375 px screenshots of the pages. */
const CAPTURES = process.env.CAPTURES;

export async function ouvrir(chemin: string, page: Page = env.page): Promise<number> {
  const reponse = await page.goto(`${env.base}${chemin}`);
  return reponse?.status() ?? 0;
}

/** Clicks a submit button and returns the status of the POST that the browser navigated with. */
export async function soumettre(selecteur: string, page: Page = env.page): Promise<number> {
  const [reponse] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
    page.click(selecteur),
  ]);
  await page.waitForLoadState();
  return reponse.status();
}

/** Presses a key that submits the form and returns the status of the POST. */
export async function soumettreAuClavier(touche: string, page: Page = env.page): Promise<number> {
  const [reponse] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'POST'),
    page.keyboard.press(touche),
  ]);
  await page.waitForLoadState();
  return reponse.status();
}

export async function capturer(nom: string, page: Page = env.page): Promise<void> {
  if (!CAPTURES) return;
  mkdirSync(CAPTURES, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const taille = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: path.join(CAPTURES, `${nom}.png`), fullPage: true });
  if (taille) await page.setViewportSize(taille);
}

/** Signs in through the IdP's form after clicking `lien` (or on the IdP page already open). */
export async function seConnecterDepuis(lien: string | null, page: Page = env.page): Promise<void> {
  if (lien) await page.click(lien);
  await page.waitForSelector('#username');
  await page.fill('#username', 'jean.dupont');
  await page.fill('#password', 'guichet');
  await Promise.all([page.waitForURL((url) => url.origin === env.base), page.click('#kc-login')]);
}

/** "METHOD path" of the requests the stub CMS received since `depuis` (an index into its log). */
export function recues(depuis: number): string[] {
  return env.stub.requetes.slice(depuis).map((r) => `${r.methode} ${r.chemin}`);
}

/** The last request the stub CMS received with this method and path ending. */
export function derniere(methode: string, fin: string) {
  return env.stub.requetes.filter((r) => r.methode === methode && r.chemin.endsWith(fin)).pop();
}
