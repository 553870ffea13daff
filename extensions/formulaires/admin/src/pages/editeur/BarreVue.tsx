import { memo, type Dispatch } from 'react';
import { Badge, Button, Flex, MenuItem, SimpleMenu, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { VUES, type Vue } from '../../../../domain/modele';
import { copierVue, retirerVue } from '../../../../domain/edition/vues';
import { useTraduction } from '../../utils/useTraduction';
import type { Action } from './etat';

/** The actions on the selected view: copy the citizen's layout to another view, fall back to it, save this view. */
export const BarreVue = memo(function BarreVue({
  vue,
  definie,
  modifiee,
  enCours,
  onEnregistrer,
  dispatch,
}: {
  vue: Vue;
  /** The view has a layout of its own (else it shows the citizen's). */
  definie: boolean;
  modifiee: boolean;
  enCours: boolean;
  onEnregistrer: () => void;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const { toggleNotification } = useNotification();
  const copierVers = (cible: Vue) => {
    dispatch({ type: 'edite', operation: (m) => copierVue(m, 'usager', cible) });
    dispatch({ type: 'vue', vue: cible });
    toggleNotification({ type: 'info', message: t('vues.copiee', { vue: t(`vue.${cible}`) }) });
  };

  return (
    <Flex gap={3} paddingTop={4} paddingBottom={4} wrap="wrap" justifyContent="space-between">
      <Flex gap={3} wrap="wrap">
        {vue === 'usager' ? (
          <SimpleMenu label={t('vues.copierUsager')} variant="secondary">
            {VUES.filter((v) => v !== 'usager').map((cible) => (
              <MenuItem key={cible} onSelect={() => copierVers(cible)}>
                {t(`vue.${cible}`)}
              </MenuItem>
            ))}
          </SimpleMenu>
        ) : null}
        {vue !== 'usager' && definie ? (
          <Button
            variant="tertiary"
            onClick={() => dispatch({ type: 'edite', operation: (m) => retirerVue(m, vue), selection: () => null })}
          >
            {t('vues.reprendreUsager')}
          </Button>
        ) : null}
        {vue !== 'usager' && !definie ? (
          <Typography variant="pi" textColor="neutral600">
            {t('vues.repriseUsager')}
          </Typography>
        ) : null}
      </Flex>
      <Flex gap={2}>
        {modifiee ? <Badge active>{t('enregistrement.nonEnregistre')}</Badge> : null}
        <Button onClick={onEnregistrer} loading={enCours} disabled={!modifiee || enCours}>
          {t('enregistrement.vue', { vue: t(`vue.${vue}`) })}
        </Button>
      </Flex>
    </Flex>
  );
});
