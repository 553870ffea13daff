import { memo, type Dispatch } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { Champ } from '../../../../../domain/modele';
import { useTraduction } from '../../../utils/useTraduction';
import type { Action } from '../etat';
import { MarqueRequis } from '../../../components/MarqueRequis';

/**
 * One field in the tree: a button that selects it for the side panel. Memoised on the field's definition, so editing
 * one field among 200 re-renders one row. The code shows on hover (title) and in the field editor.
 */
export const ArbreChamp = memo(function ArbreChamp({
  champ,
  code,
  selectionne,
  dispatch,
}: {
  champ: Champ | undefined;
  code: string;
  selectionne: boolean;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  return (
    <Box
      tag="button"
      type="button"
      title={code}
      aria-pressed={selectionne}
      onClick={() => dispatch({ type: 'selectionne', selection: { nature: 'champ', code } })}
      background={selectionne ? 'primary100' : 'neutral0'}
      borderColor={selectionne ? 'primary600' : 'neutral200'}
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={2}
      flex="1"
      minWidth={0}
      overflow="hidden"
      textAlign="left"
      cursor="pointer"
    >
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography ellipsis>
          {champ ? champ.libelle : t('arbre.champInconnu', { code })}
          {champ?.requis ? <MarqueRequis /> : null}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {champ ? t(`type.${champ.type}`) : ''}
          {champ?.condition ? ` · ${t('arbre.conditionnel')}` : ''}
        </Typography>
      </Flex>
    </Box>
  );
});
