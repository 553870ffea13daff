/**
 * Error summary of the guide (GOV.UK / DSFR pattern): the count, then each problem as a link to the control or the
 * étape/statut it concerns. Shown live while editing; focused when a save is refused, so a screen reader reads it.
 */
import { forwardRef } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useTraduction } from '../useTraduction';
import type { ProblemeLocalise } from './problemes';

/**
 * The control a Field id designates: the element itself, or — for a select, whose trigger does not carry the id —
 * the control next to its label (`<id>-label`).
 */
function controleDe(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (element) return element;
  let parent = document.getElementById(`${id}-label`)?.parentElement ?? null;
  while (parent) {
    const controle = parent.querySelector<HTMLElement>('input, textarea, [role="combobox"], button');
    if (controle) return controle;
    parent = parent.parentElement;
  }
  return null;
}

/** Focuses a control by id; a control that is not rendered (a list-level problem) falls back to its fieldset. */
export function focaliser(id: string): void {
  let cible = id;
  while (cible) {
    const element = controleDe(cible);
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
    cible = cible.includes('-') ? cible.slice(0, cible.lastIndexOf('-')) : '';
  }
}

export const ResumeProblemes = forwardRef<HTMLDivElement, { problemes: readonly ProblemeLocalise[] }>(
  function ResumeProblemes({ problemes }, ref) {
    const t = useTraduction();
    if (problemes.length === 0) return null;
    return (
      <Box
        ref={ref}
        id="resume-problemes"
        tabIndex={-1}
        role="region"
        aria-labelledby="resume-problemes-titre"
        padding={4}
        marginBottom={6}
        hasRadius
        borderColor="danger600"
        background="danger100"
      >
        <Typography tag="h2" id="resume-problemes-titre" variant="delta" textColor="danger700">
          {t('guides.resume.titre', { nombre: problemes.length })}
        </Typography>
        <Box tag="ul" paddingTop={2} paddingLeft={4} style={{ listStyle: 'disc' }}>
          {problemes.map((probleme, i) => (
            <li key={i}>
              <a
                href={`#${probleme.cible}`}
                style={{ color: 'inherit', textDecoration: 'underline' }}
                onClick={(e) => {
                  e.preventDefault();
                  focaliser(probleme.cible);
                }}
              >
                <Typography textColor="danger700">{probleme.message}</Typography>
              </a>
            </li>
          ))}
        </Box>
      </Box>
    );
  },
);
