import { useMemo, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { Champ } from '../../../../../domain/modele';
import { analyserExpressionMemo, FONCTIONS_EXPRESSION, referencesExpression } from '../../../../../domain/expression';
import { definitionFonction } from '../../../../../domain/expression/fonctions';
import { VARIABLES_CONNUES } from '../../../../../domain/expression/environnement';
import { SaisieTexte } from '../../../components/saisies';
import { useTraduction } from '../../../utils/useTraduction';

/**
 * A condition or a formula in the expression language, checked as it is typed (syntax, unknown fields), with the
 * functions, variables, operators and the model's field codes as help.
 */
export function ChampExpression({
  nom,
  libelle,
  valeur,
  onChange,
  champs,
  nature,
}: {
  nom: string;
  libelle: string;
  valeur: string;
  onChange: (valeur: string) => void;
  champs: readonly Champ[];
  nature: 'condition' | 'formule';
}) {
  const t = useTraduction();
  const erreur = useMemo(() => {
    if (valeur.trim() === '') return undefined;
    const analyse = analyserExpressionMemo(valeur);
    if (!analyse.ok) return analyse.error.message;
    const connus = new Set(champs.map((c) => c.code));
    const inconnus = referencesExpression(analyse.value).filter((code) => !connus.has(code));
    return inconnus.length > 0 ? t('expression.champsInconnus', { codes: inconnus.join(', ') }) : undefined;
  }, [valeur, champs, t]);

  return (
    <Box>
      <SaisieTexte
        nom={nom}
        libelle={libelle}
        aide={nature === 'condition' ? t('expression.aideCondition') : t('expression.aideFormule')}
        erreur={erreur}
        valeur={valeur}
        onChange={onChange}
        multiligne
      />
      <AideExpression champs={champs} />
    </Box>
  );
}

/** Collapsed by default; the list of fields is built only when opened (a model may have hundreds). */
function AideExpression({ champs }: { champs: readonly Champ[] }) {
  const t = useTraduction();
  const [ouverte, setOuverte] = useState(false);
  return (
    <Box
      tag="details"
      paddingTop={2}
      onToggle={(e: React.SyntheticEvent<HTMLDetailsElement>) => setOuverte(e.currentTarget.open)}
    >
      <Typography tag="summary" variant="pi" textColor="primary600" style={{ cursor: 'pointer' }}>
        {t('expression.aide')}
      </Typography>
      {ouverte ? (
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          <Typography variant="pi">{t('expression.operateurs')}</Typography>
          <Typography variant="pi">
            {t('expression.variables')} {VARIABLES_CONNUES.map((v) => `@${v}`).join(', ')}
          </Typography>
          <Box>
            <Typography variant="pi" fontWeight="bold">
              {t('expression.fonctions')}
            </Typography>
            <Box tag="ul" paddingLeft={4}>
              {FONCTIONS_EXPRESSION.map((nom) => (
                <li key={nom}>
                  <Typography variant="pi" tag="code">
                    {definitionFonction(nom)?.signature ?? nom}
                  </Typography>
                </li>
              ))}
            </Box>
          </Box>
          <Box>
            <Typography variant="pi" fontWeight="bold">
              {t('expression.champs')}
            </Typography>
            <Box tag="ul" paddingLeft={4} maxHeight="12rem" overflow="auto">
              {champs.map((champ) => (
                <li key={champ.code}>
                  <Typography variant="pi">
                    <code>{champ.code}</code> — {champ.libelle}
                  </Typography>
                </li>
              ))}
            </Box>
          </Box>
        </Flex>
      ) : null}
    </Box>
  );
}
