import { memo, useMemo } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import { dispositionDeVue, type Champ, type Modele, type Vue } from '../../../../../domain/modele';
import { donneesExemple } from '../../../../../domain/edition/exemples';
import { MarqueRequis } from '../../../components/MarqueRequis';
import { useTraduction } from '../../../utils/useTraduction';
import { ValeurApercu } from './ValeurApercu';

/**
 * « Aperçu »: the selected view as it will read, filled with sample values, read-only. Every element is shown; a
 * display condition is written under the element it applies to.
 */
export const Apercu = memo(function Apercu({
  modele,
  vue,
  referentiels,
  aujourdhui,
}: {
  modele: Modele;
  vue: Vue;
  referentiels: readonly ListeReferentiel[];
  aujourdhui: string;
}) {
  const t = useTraduction();
  const options = useMemo(() => Object.fromEntries(referentiels.map((r) => [r.code, r.options])), [referentiels]);
  const donnees = useMemo(
    () => donneesExemple(modele, { aujourdhui, referentiels: options }),
    [modele, aujourdhui, options],
  );
  const parCode = useMemo(() => new Map(modele.champs.map((c) => [c.code, c])), [modele.champs]);
  const disposition = dispositionDeVue(modele, vue);

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="apercu-titre">
      <Typography variant="beta" tag="h2" id="apercu-titre">
        {t('apercu.titre', { vue: t(`vue.${vue}`) })}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {t('apercu.aide')}
      </Typography>
      {disposition.onglets.map((onglet, o) => (
        <Box key={o} paddingTop={6}>
          <Typography variant="beta" tag="h3">
            {onglet.titre}
          </Typography>
          <Condition condition={onglet.condition} />
          {onglet.sections.map((section, s) => (
            <Box
              key={s}
              tag="fieldset"
              marginTop={4}
              padding={4}
              borderColor="neutral200"
              borderStyle="solid"
              borderWidth="1px"
              hasRadius
            >
              <Typography variant="delta" tag="legend">
                {section.titre}
              </Typography>
              <Condition condition={section.condition} />
              {section.lignes.map((ligne, l) => (
                <Grid.Root key={l} gap={4} paddingTop={3}>
                  {ligne.champs.map((code) => (
                    <Grid.Item
                      key={code}
                      col={ligne.champs.length === 2 ? 6 : 12}
                      s={12}
                      direction="column"
                      alignItems="stretch"
                    >
                      <ChampApercu
                        champ={parCode.get(code)}
                        code={code}
                        donnees={donnees}
                        referentiels={referentiels}
                      />
                    </Grid.Item>
                  ))}
                </Grid.Root>
              ))}
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
});

function ChampApercu({
  champ,
  code,
  donnees,
  referentiels,
}: {
  champ: Champ | undefined;
  code: string;
  donnees: ReturnType<typeof donneesExemple>;
  referentiels: readonly ListeReferentiel[];
}) {
  const t = useTraduction();
  if (!champ) return <Typography textColor="danger600">{t('arbre.champInconnu', { code })}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={1} title={code}>
      <Typography fontWeight="bold">
        {champ.libelle}
        {champ.requis ? <MarqueRequis /> : null}
      </Typography>
      {champ.aide ? (
        <Typography variant="pi" textColor="neutral600">
          {champ.aide}
        </Typography>
      ) : null}
      <Box background="neutral100" padding={2} hasRadius>
        <ValeurApercu champ={champ} valeur={donnees[champ.code]} referentiels={referentiels} />
      </Box>
      <Condition condition={champ.condition} />
    </Flex>
  );
}

function Condition({ condition }: { condition: string | undefined }) {
  const t = useTraduction();
  if (!condition) return null;
  return (
    <Typography variant="pi" textColor="warning600" tag="p">
      {t('apercu.condition', { condition })}
    </Typography>
  );
}
