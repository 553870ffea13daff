import { memo, type Dispatch } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Eye, Pencil, Plus } from '@strapi/icons';
import { Layouts } from '@strapi/strapi/admin';
import { useTraduction } from '../../utils/useTraduction';
import type { Action, Mode } from './etat';

/** New field, preview, what is unsaved, and the save buttons for the fields and for everything. */
export const BarreActions = memo(function BarreActions({
  mode,
  nonEnregistrees,
  champsModifies,
  enCours,
  onNouveauChamp,
  onEnregistrerChamps,
  onEnregistrerTout,
  dispatch,
}: {
  mode: Mode;
  /** How many parts (the fields, each view) differ from what is saved. */
  nonEnregistrees: number;
  champsModifies: boolean;
  enCours: boolean;
  onNouveauChamp: () => void;
  onEnregistrerChamps: () => void;
  onEnregistrerTout: () => void;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  return (
    <Layouts.Action
      startActions={
        <Flex gap={2}>
          <Button variant="secondary" startIcon={<Plus />} onClick={onNouveauChamp}>
            {t('nouveauChamp.ouvrir')}
          </Button>
          <Button
            variant="tertiary"
            startIcon={mode === 'apercu' ? <Pencil /> : <Eye />}
            onClick={() => dispatch({ type: 'mode', mode: mode === 'apercu' ? 'construction' : 'apercu' })}
          >
            {mode === 'apercu' ? t('apercu.fermer') : t('apercu.ouvrir')}
          </Button>
        </Flex>
      }
      endActions={
        <Flex gap={2}>
          <Typography variant="pi" textColor={nonEnregistrees > 0 ? 'warning600' : 'neutral600'} role="status">
            {nonEnregistrees > 0 ? t('enregistrement.resume', { nombre: nonEnregistrees }) : t('enregistrement.aJour')}
          </Typography>
          <Button
            variant="secondary"
            onClick={onEnregistrerChamps}
            loading={enCours}
            disabled={!champsModifies || enCours}
          >
            {t('enregistrement.champs')}
          </Button>
          <Button onClick={onEnregistrerTout} loading={enCours} disabled={nonEnregistrees === 0 || enCours}>
            {t('enregistrement.tout')}
          </Button>
        </Flex>
      }
    />
  );
});
