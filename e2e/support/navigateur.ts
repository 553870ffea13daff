import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seConnecterAdmin } from './connexion';

/** Debian's Chromium, headless, with no background traffic (this machine has no outbound network). */
export function lancerChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A desktop page of the admin signed in as `compte`: French locale, 1440 × 900, the page's uncaught errors pushed to
 * `erreurs` (each test file checks it is empty after every test), a 60 s default timeout for a shared CI machine.
 */
export async function ouvrirAdmin(
  navigateur: Browser,
  cms: string,
  compte: { email: string; motDePasse: string },
  erreurs: string[],
  options: { telechargements?: boolean } = {},
): Promise<{ contexte: BrowserContext; page: Page }> {
  const contexte = await navigateur.newContext({
    locale: 'fr-FR',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: options.telechargements ?? false,
  });
  const page = await contexte.newPage();
  page.on('pageerror', (erreur) => erreurs.push(`${page.url()} : ${erreur.message}`));
  page.setDefaultTimeout(60_000);
  await seConnecterAdmin(page, cms, compte);
  return { contexte, page };
}
