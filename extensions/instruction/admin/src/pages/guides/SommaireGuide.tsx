/**
 * The étapes of the guide as links (a guide is a long page): each jumps to its étape, with its number of statuts and
 * of problems, so an administrator sees at a glance where the guide needs fixing.
 */
import { Box, Typography } from '@strapi/design-system';
import type { Guide } from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { type ProblemeLocalise, ids } from './problemes';
import { focaliser } from './ResumeProblemes';

export function SommaireGuide({ guide, problemes }: { guide: Guide; problemes: readonly ProblemeLocalise[] }) {
  const t = useTraduction();
  return (
    <Box tag="nav" aria-label={t('guides.sommaire')}>
      <Box tag="ol" paddingLeft={6} style={{ listStyle: 'decimal' }}>
        {guide.etapes.map((etape, index) => {
          const id = ids.etape(index);
          const nombre = problemes.filter((p) => p.cible === id || p.cible.startsWith(`${id}-`)).length;
          return (
            <li key={index}>
              <a
                href={`#${id}`}
                style={{ color: 'inherit' }}
                onClick={(e) => {
                  e.preventDefault();
                  focaliser(id);
                }}
              >
                <Typography>{etape.libelle}</Typography>
              </a>{' '}
              <Typography textColor="neutral600">
                {t('guides.sommaire.statuts', { nombre: etape.statuts.length })}
              </Typography>
              {nombre > 0 ? (
                <Typography textColor="danger700">
                  {' — '}
                  {t('guides.sommaire.problemes', { nombre })}
                </Typography>
              ) : null}
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
