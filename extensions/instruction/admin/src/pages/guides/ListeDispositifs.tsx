/** The dispositifs whose guide an administrator can edit, with their number of étapes. */
import { useEffect, useState } from 'react';
import { Link as LienRouteur } from 'react-router-dom';
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useTraduction } from '../useTraduction';
import { type DispositifResume, useApiGuides } from './api';
import { CHEMINS_GUIDES } from './chemins';

export function ListeDispositifs() {
  const t = useTraduction();
  const api = useApiGuides();
  const [dispositifs, setDispositifs] = useState<DispositifResume[] | null>(null);
  const [echec, setEchec] = useState(false);

  useEffect(() => {
    api.listerDispositifs().then(setDispositifs, () => setEchec(true));
  }, [api]);

  if (echec) return <Page.Error />;
  if (!dispositifs) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('guides.liste.titre')}</Page.Title>
      <Layouts.Header title={t('guides.liste.titre')} subtitle={t('guides.liste.sousTitre')} />
      <Layouts.Content>
        {dispositifs.length === 0 ? (
          <Typography>{t('guides.liste.vide')}</Typography>
        ) : (
          <Table colCount={3} rowCount={dispositifs.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('guides.liste.dispositif')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('guides.liste.etapes')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('guides.liste.etat')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {dispositifs.map((d) => (
                <Tr key={d.slug}>
                  <Td>
                    <LienRouteur to={CHEMINS_GUIDES.guide(d.slug)}>
                      <Typography fontWeight="bold">{d.titre}</Typography>
                    </LienRouteur>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {d.slug}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{t('guides.liste.nombreEtapes', { nombre: d.etapes })}</Typography>
                  </Td>
                  <Td>
                    <Badge>{d.publie ? t('guides.liste.publie') : t('guides.liste.nonPublie')}</Badge>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
