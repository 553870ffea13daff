import { useCallback, useEffect, useState } from 'react';
import { Link as LienRouteur } from 'react-router-dom';
import { Box, Button, Flex, Grid, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft, Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ListeReferentiel } from '../../../../contracts/admin-api';
import { useApi } from '../../api/useApi';
import { useTraduction } from '../../utils/useTraduction';
import { EditeurListe } from './EditeurListe';
import { CHEMINS } from '../../plugin-id';

/** Administrator lists (référentiels) read by « liste déroulante sur référentiel » fields of every model. */
export const PageReferentiels = () => {
  const t = useTraduction();
  const api = useApi();
  const [listes, setListes] = useState<ListeReferentiel[] | null>(null);
  const [choisie, setChoisie] = useState<number | 'nouvelle' | null>(null);
  const [echec, setEchec] = useState(false);

  const charger = useCallback(async () => {
    try {
      setListes(await api.listerReferentiels());
    } catch {
      setEchec(true);
    }
  }, [api]);
  useEffect(() => {
    void charger();
  }, [charger]);

  if (echec) return <Page.Error />;
  if (!listes) return <Page.Loading />;
  const liste = typeof choisie === 'number' ? listes.find((l) => l.id === choisie) : undefined;

  return (
    <Page.Main>
      <Page.Title>{t('referentiels.titre')}</Page.Title>
      <Layouts.Header
        navigationAction={
          <LinkButton tag={LienRouteur} to={CHEMINS.liste} variant="ghost" startIcon={<ArrowLeft />}>
            {t('editeur.retour')}
          </LinkButton>
        }
        title={t('referentiels.titre')}
        subtitle={t('referentiels.sousTitre')}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setChoisie('nouvelle')}>
            {t('referentiels.nouvelle')}
          </Button>
        }
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              {listes.length === 0 ? <Typography textColor="neutral600">{t('referentiels.vide')}</Typography> : null}
              <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
                {listes.map((l) => (
                  <li key={l.id}>
                    <Button
                      variant={choisie === l.id ? 'secondary' : 'ghost'}
                      fullWidth
                      aria-pressed={choisie === l.id}
                      onClick={() => setChoisie(l.id)}
                      title={l.code}
                    >
                      {t('referentiels.ligne', { titre: l.titre, code: l.code, nombre: l.options.length })}
                    </Button>
                  </li>
                ))}
              </Flex>
            </Box>
          </Grid.Item>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            {choisie === 'nouvelle' || liste ? (
              <EditeurListe
                key={liste?.id ?? 'nouvelle'}
                liste={liste}
                onEnregistree={(enregistree) => {
                  void charger();
                  setChoisie(enregistree.id);
                }}
              />
            ) : (
              <Typography textColor="neutral600">{t('referentiels.choisir')}</Typography>
            )}
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
