/**
 * Accessibility checks shared by the portal's page tests and the end-to-end suite:
 * - verifierAxe: axe-core with the WCAG 2.0/2.1 A and AA rules (the automatable part of RGAA 4.1);
 * - verifierClavier: tabbing reaches the given elements in order, and each one shows a visible focus indicator.
 * Both throw an Error whose message lists what is wrong, readable in a jest report.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const TAGS_WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the current page; throws with one line per violation and node. */
export async function verifierAxe(page: Page): Promise<void> {
  const resultats = await new AxeBuilder({ page }).withTags(TAGS_WCAG).analyze();
  if (resultats.violations.length === 0) return;
  const lignes = resultats.violations.flatMap((violation) => [
    `- [${violation.impact ?? 'inconnu'}] ${violation.id} : ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map(
      (noeud) => `    ${noeud.target.join(' ')} → ${noeud.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  ]);
  throw new Error(`${resultats.violations.length} violation(s) axe sur ${page.url()} :\n${lignes.join('\n')}`);
}

interface EtatFocus {
  correspond: boolean;
  description: string;
  visible: boolean;
}

/**
 * Starts from the top of the page and presses Tab until each selector, in order, has received focus (other
 * focusable elements in between are allowed). Each reached element must show a focus indicator: an outline with a
 * non-zero width, or a box-shadow.
 */
export async function verifierClavier(page: Page, selecteurs: string[], maxTabulations = 60): Promise<void> {
  // Reset focus to the start of the document, as after a page load.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  await page.mouse.move(0, 0);
  const parcours: string[] = [];
  let tabulations = 0;
  for (const selecteur of selecteurs) {
    let atteint = false;
    while (tabulations < maxTabulations) {
      await page.keyboard.press('Tab');
      tabulations += 1;
      const etat: EtatFocus = await page.evaluate((sel) => {
        const actif = document.activeElement as HTMLElement | null;
        if (!actif || actif === document.body) return { correspond: false, description: '(body)', visible: false };
        const style = getComputedStyle(actif);
        const contour = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const ombre = style.boxShadow !== 'none' && style.boxShadow !== '';
        const texte = (actif.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const description = `${actif.tagName.toLowerCase()}${actif.id ? `#${actif.id}` : ''}${texte ? ` « ${texte} »` : ''}`;
        return { correspond: actif.matches(sel), description, visible: contour || ombre };
      }, selecteur);
      parcours.push(etat.description);
      if (etat.correspond) {
        if (!etat.visible)
          throw new Error(`Focus invisible sur ${selecteur} (${etat.description}) : ni outline ni box-shadow.`);
        atteint = true;
        break;
      }
    }
    if (!atteint) {
      throw new Error(
        `${selecteur} n'a pas reçu le focus après ${tabulations} tabulations. Parcours : ${parcours.join(' → ')}`,
      );
    }
  }
}
