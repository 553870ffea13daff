import { memo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ModeleDetail } from '../../../../contracts/admin-api';
import { useTraduction } from '../../utils/useTraduction';
import { ModaleComparaison } from './ModaleComparaison';

/** Published versions (frozen; dossiers keep theirs) and the dispositifs publishing affects. */
export const Versions = memo(function Versions({ detail }: { detail: ModeleDetail }) {
  const t = useTraduction();
  const { formatDate } = useIntl();
  const [comparer, setComparer] = useState<number | null>(null);
  const versions = [...detail.versions].sort((a, b) => b.numero - a.numero);

  return (
    <Box
      background="neutral0"
      padding={4}
      shadow="tableShadow"
      hasRadius
      tag="section"
      aria-labelledby="versions-titre"
    >
      <Typography variant="delta" tag="h2" id="versions-titre">
        {t('versions.titre')}
      </Typography>
      <Box paddingTop={2} paddingBottom={3}>
        <Typography variant="pi" textColor="neutral600">
          {detail.dispositifs.length === 0
            ? t('versions.aucunDispositif')
            : t('versions.dispositifs', { dispositifs: detail.dispositifs.join(', ') })}
        </Typography>
      </Box>
      {versions.length === 0 ? (
        <Typography textColor="neutral600">{t('versions.aucune')}</Typography>
      ) : (
        <Table colCount={4} rowCount={versions.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('versions.numero')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('versions.publieLe')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('versions.publiePar')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('versions.actions')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {versions.map((version) => (
              <Tr key={version.numero}>
                <Td>
                  <Typography>{t('liste.version', { numero: version.numero })}</Typography>
                </Td>
                <Td>
                  <Typography>{formatDate(version.publieLe, { dateStyle: 'short', timeStyle: 'short' })}</Typography>
                </Td>
                <Td>
                  <Typography>{version.publiePar ?? '—'}</Typography>
                </Td>
                <Td>
                  <Flex gap={2}>
                    <Button
                      variant="tertiary"
                      size="S"
                      aria-label={t('versions.comparerNomme', { numero: version.numero })}
                      onClick={() => setComparer(version.numero)}
                    >
                      {t('versions.comparer')}
                    </Button>
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {comparer !== null ? (
        <ModaleComparaison detail={detail} de={comparer} onFermer={() => setComparer(null)} />
      ) : null}
    </Box>
  );
});
