import type { Page } from 'playwright-core';

/** Signs in to the Strapi admin through its login form and waits for the home page. */
export async function seConnecterAdmin(page: Page, cms: string, compte: { email: string; motDePasse: string }) {
  await page.goto(`${cms}/admin/auth/login`);
  await page.fill('input[name="email"]', compte.email);
  await page.fill('input[name="password"]', compte.motDePasse);
  await Promise.all([page.waitForURL(/\/admin(\/)?$/, { timeout: 60_000 }), page.click('button[type="submit"]')]);
}

/** The demo Super Admin (services/demo.ts). */
export const ADMIN_DEMO = { email: 'admin@guichet.localhost', motDePasse: 'Administrateur-2026' };

/** The demo agent (services/demo.ts). */
export const AGENT_DEMO = { email: 'agent@guichet.localhost', motDePasse: 'Instructeur-2026' };
