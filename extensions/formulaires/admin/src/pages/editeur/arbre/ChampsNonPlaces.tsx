import { memo, useMemo, type Dispatch } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { Champ, Disposition } from '../../../../../domain/modele';
import { champsNonPlaces } from '../../../../../domain/edition/vues';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreChamp } from './ArbreChamp';

/** Fields defined in the model that this view leaves out (agent-only annotations, or not placed yet). */
export const ChampsNonPlaces = memo(function ChampsNonPlaces({
  champs,
  disposition,
  selection,
  dispatch,
}: {
  champs: Champ[];
  disposition: Disposition;
  selection: Selection;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const nonPlaces = useMemo(
    () => champsNonPlaces({ champs, vues: { usager: disposition } }, 'usager'),
    [champs, disposition],
  );
  const selectionne = selection?.nature === 'champ' ? selection.code : null;
  return (
    <Box paddingTop={6}>
      <Typography variant="sigma" tag="h3">
        {t('arbre.nonPlaces', { nombre: nonPlaces.length })}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t('arbre.nonPlacesAide')}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {nonPlaces.map((champ) => (
          <Flex tag="li" key={champ.code}>
            <ArbreChamp champ={champ} code={champ.code} selectionne={selectionne === champ.code} dispatch={dispatch} />
          </Flex>
        ))}
      </Flex>
    </Box>
  );
});
