import type { Dispatch } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { Champ, Disposition, Vue } from '../../../../../domain/modele';
import { ajouterOnglet } from '../../../../../domain/edition/onglets';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action, Selection } from '../etat';
import { ArbreOnglet } from './ArbreOnglet';
import { ChampsNonPlaces } from './ChampsNonPlaces';

/** The layout of the selected view: onglets → sections → lignes → fields, then the fields it leaves out. */
export function Arbre({
  disposition,
  vue,
  champs,
  champsParCode,
  selection,
  dispatch,
}: {
  disposition: Disposition;
  vue: Vue;
  champs: Champ[];
  champsParCode: ReadonlyMap<string, Champ>;
  selection: Selection;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const nbOnglets = disposition.onglets.length;
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('arbre.titre', { vue: t(`vue.${vue}`) })}
      </Typography>
      {nbOnglets === 0 ? (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">{t('arbre.vide')}</Typography>
        </Box>
      ) : null}
      <Box tag="ol">
        {disposition.onglets.map((onglet, index) => (
          <ArbreOnglet
            key={`${index}-${onglet.code}`}
            onglet={onglet}
            index={index}
            nbOnglets={nbOnglets}
            vue={vue}
            champsParCode={champsParCode}
            selection={selection}
            dispatch={dispatch}
          />
        ))}
      </Box>
      <Flex paddingTop={3}>
        <Button
          variant="secondary"
          startIcon={<Plus />}
          onClick={() =>
            dispatch({
              type: 'edite',
              operation: (m) => ajouterOnglet(m, vue, t('defaut.onglet')),
              selection: () => ({ nature: 'onglet', chemin: { onglet: nbOnglets } }),
            })
          }
        >
          {t('arbre.ajouterOnglet')}
        </Button>
      </Flex>
      <ChampsNonPlaces champs={champs} disposition={disposition} selection={selection} dispatch={dispatch} />
    </Box>
  );
}
