import { memo } from 'react';
import { Link as LienRouteur } from 'react-router-dom';
import { Badge, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft, Download, PaperPlane } from '@strapi/icons';
import { Layouts } from '@strapi/strapi/admin';
import type { ModeleDetail } from '../../../../contracts/admin-api';
import { useTraduction } from '../../utils/useTraduction';
import { CHEMINS } from '../../plugin-id';

/** Title, revision, published version; « Publier » (only with nothing unsaved) and « Exporter ». */
export const EnTete = memo(function EnTete({
  detail,
  nonEnregistre,
  enCours,
  onPublier,
  onExporter,
}: {
  detail: ModeleDetail;
  nonEnregistre: boolean;
  enCours: boolean;
  onPublier: () => void;
  onExporter: () => void;
}) {
  const t = useTraduction();
  return (
    <Layouts.Header
      navigationAction={
        <LinkButton tag={LienRouteur} to={CHEMINS.liste} variant="ghost" startIcon={<ArrowLeft />}>
          {t('editeur.retour')}
        </LinkButton>
      }
      title={detail.titre}
      subtitle={
        <Flex gap={2} wrap="wrap">
          <Typography variant="epsilon" textColor="neutral600">
            <code>{detail.code}</code> · {t('editeur.revision', { revision: detail.revision })} ·{' '}
            {detail.versionPubliee === null
              ? t('liste.jamaisPublie')
              : t('editeur.versionPubliee', { numero: detail.versionPubliee })}
          </Typography>
          {detail.modifie ? <Badge>{t('liste.modifie')}</Badge> : null}
        </Flex>
      }
      primaryAction={
        <Flex gap={2}>
          <Button variant="tertiary" startIcon={<Download />} onClick={onExporter} disabled={enCours}>
            {t('editeur.exporter')}
          </Button>
          <Button
            startIcon={<PaperPlane />}
            onClick={onPublier}
            loading={enCours}
            disabled={nonEnregistre || enCours}
            title={nonEnregistre ? t('editeur.publierApresEnregistrement') : undefined}
          >
            {t('editeur.publier')}
          </Button>
        </Flex>
      }
    />
  );
});
