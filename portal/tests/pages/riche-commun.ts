/** What the rich form's page tests share. */
import type { Page } from 'playwright-core';

export const BROUILLON = 'GU-2026-000300';
export const ASSOCIATION = 'GU-2026-000301';
export const formulaireDe = (numero: string) => `/compte/dossiers/${numero}/modifier`;

/** Waits until the form script has applied the conditions (it runs shortly after each input). */
export async function attendreVisibilite(page: Page, selecteur: string, visible: boolean): Promise<void> {
  await page.waitForFunction(
    ([sel, attendu]) => {
      const element = document.querySelector(sel as string);
      return element !== null && (element as HTMLElement).hidden !== attendu;
    },
    [selecteur, visible] as const,
  );
}
