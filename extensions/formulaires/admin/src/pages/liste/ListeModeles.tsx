import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as LienRouteur } from 'react-router-dom';
import { Badge, Button, Flex, LinkButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus, Upload } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ModeleResume } from '../../../../contracts/admin-api';
import { useApi } from '../../api/useApi';
import { useTraduction } from '../../utils/useTraduction';
import { ModaleCreation } from './ModaleCreation';
import { ModaleImport } from './ModaleImport';
import { CHEMINS } from '../../plugin-id';

export const ListeModeles = () => {
  const t = useTraduction();
  const { formatDate } = useIntl();
  const api = useApi();
  const [modeles, setModeles] = useState<ModeleResume[] | null>(null);
  const [echec, setEchec] = useState(false);
  const [modale, setModale] = useState<'creation' | 'import' | null>(null);

  const charger = useCallback(async () => {
    try {
      setModeles(await api.listerModeles());
    } catch {
      setEchec(true);
    }
  }, [api]);
  useEffect(() => {
    void charger();
  }, [charger]);

  if (echec) return <Page.Error />;
  if (!modeles) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('liste.titre')}</Page.Title>
      <Layouts.Header
        title={t('liste.titre')}
        subtitle={t('liste.sousTitre')}
        primaryAction={
          <Flex gap={2}>
            <LinkButton tag={LienRouteur} to={CHEMINS.referentiels} variant="tertiary">
              {t('liste.referentiels')}
            </LinkButton>
            <Button variant="secondary" startIcon={<Upload />} onClick={() => setModale('import')}>
              {t('import.ouvrir')}
            </Button>
            <Button startIcon={<Plus />} onClick={() => setModale('creation')}>
              {t('creation.ouvrir')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        {modeles.length === 0 ? (
          <Typography>{t('liste.vide')}</Typography>
        ) : (
          <Table colCount={5} rowCount={modeles.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('liste.code')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.titreModele')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.versionPubliee')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.etat')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('liste.modifieLe')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {modeles.map((modele) => (
                <Tr key={modele.id}>
                  <Td>
                    <LienRouteur to={CHEMINS.modele(modele.id)}>
                      <Typography fontWeight="bold">{modele.code}</Typography>
                    </LienRouteur>
                  </Td>
                  <Td>
                    <Typography>{modele.titre}</Typography>
                  </Td>
                  <Td>
                    <Typography>
                      {modele.versionPubliee === null
                        ? t('liste.jamaisPublie')
                        : t('liste.version', { numero: modele.versionPubliee })}
                    </Typography>
                  </Td>
                  <Td>{modele.modifie ? <Badge>{t('liste.modifie')}</Badge> : null}</Td>
                  <Td>
                    <Typography>{formatDate(modele.modifieLe, { dateStyle: 'short', timeStyle: 'short' })}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
      <ModaleCreation ouverte={modale === 'creation'} onFermer={() => setModale(null)} />
      <ModaleImport ouverte={modale === 'import'} onFermer={() => setModale(null)} />
    </Page.Main>
  );
};
