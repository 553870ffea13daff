import { Typography } from '@strapi/design-system';
import { useTraduction } from '../utils/useTraduction';

/** « * » for sighted users, « obligatoire » for screen readers. */
export function MarqueRequis() {
  const t = useTraduction();
  return (
    <>
      <Typography textColor="danger600" aria-hidden="true">
        {' *'}
      </Typography>
      <span style={VISUELLEMENT_CACHE}> ({t('champ.obligatoire')})</span>
    </>
  );
}

export const VISUELLEMENT_CACHE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
