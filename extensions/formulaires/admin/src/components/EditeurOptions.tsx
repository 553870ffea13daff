import { useState } from 'react';
import { Box, Button, Field, Flex, IconButton, Textarea, TextInput, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Plus, Trash } from '@strapi/icons';
import type { OptionListe } from '../../../domain/modele';
import { deplacerA, remplacerA, retirerA } from '../../../domain/edition/tableaux';
import { useTraduction } from '../utils/useTraduction';

/** Above this many options, rows of inputs get heavy: the editor opens in bulk mode (one « valeur;libellé » a line). */
const SEUIL_EN_BLOC = 50;

/**
 * Options of a choice field or of an administrator list: key (stored, read by conditions) and label, one row each,
 * or all at once as text (« valeur;libellé » per line) to paste a long list.
 */
export function EditeurOptions({
  nom,
  options,
  onChange,
}: {
  nom: string;
  options: readonly OptionListe[];
  onChange: (options: OptionListe[]) => void;
}) {
  const t = useTraduction();
  const [enBloc, setEnBloc] = useState(options.length > SEUIL_EN_BLOC);
  const liste = [...options];

  return (
    <Box>
      <Flex justifyContent="space-between" paddingBottom={2}>
        <Typography variant="sigma" tag="h4">
          {t('options.titre', { nombre: options.length })}
        </Typography>
        <Button variant="tertiary" size="S" onClick={() => setEnBloc(!enBloc)}>
          {enBloc ? t('options.parLigne') : t('options.enBloc')}
        </Button>
      </Flex>
      {enBloc ? (
        <EnBloc nom={nom} options={options} onChange={onChange} />
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
          {options.map((option, index) => (
            <Flex tag="li" key={index} gap={2} alignItems="flex-end">
              <Box flex="1">
                <TextInput
                  aria-label={t('options.valeur', { numero: index + 1 })}
                  placeholder={t('options.valeurExemple')}
                  value={option.valeur}
                  onChange={(e) => onChange(remplacerA(liste, index, (o) => ({ ...o, valeur: e.target.value })))}
                />
              </Box>
              <Box flex="2">
                <TextInput
                  aria-label={t('options.libelle', { numero: index + 1 })}
                  placeholder={t('options.libelleExemple')}
                  value={option.libelle}
                  onChange={(e) => onChange(remplacerA(liste, index, (o) => ({ ...o, libelle: e.target.value })))}
                />
              </Box>
              <IconButton
                label={t('options.monter', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                disabled={index === 0}
                onClick={() => onChange(deplacerA(liste, index, index - 1))}
              >
                <ArrowUp />
              </IconButton>
              <IconButton
                label={t('options.descendre', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                disabled={index === options.length - 1}
                onClick={() => onChange(deplacerA(liste, index, index + 1))}
              >
                <ArrowDown />
              </IconButton>
              <IconButton
                label={t('options.supprimer', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                onClick={() => onChange(retirerA(liste, index))}
              >
                <Trash />
              </IconButton>
            </Flex>
          ))}
        </Flex>
      )}
      {!enBloc ? (
        <Box paddingTop={2}>
          <Button
            variant="secondary"
            size="S"
            startIcon={<Plus />}
            onClick={() => onChange([...liste, { valeur: String(options.length + 1), libelle: '' }])}
          >
            {t('options.ajouter')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}

/** « valeur;libellé » per line; a line without « ; » uses the same text for both. */
function EnBloc({
  nom,
  options,
  onChange,
}: {
  nom: string;
  options: readonly OptionListe[];
  onChange: (options: OptionListe[]) => void;
}) {
  const t = useTraduction();
  const [texte, setTexte] = useState(() => options.map((o) => `${o.valeur};${o.libelle}`).join('\n'));
  return (
    <Field.Root name={`${nom}-en-bloc`} hint={t('options.enBlocAide')}>
      <Field.Label>{t('options.enBlocLibelle')}</Field.Label>
      <Textarea
        value={texte}
        onChange={(e) => {
          setTexte(e.target.value);
          onChange(lireEnBloc(e.target.value));
        }}
      />
      <Field.Hint />
    </Field.Root>
  );
}

function lireEnBloc(texte: string): OptionListe[] {
  return texte
    .split('\n')
    .map((ligne) => ligne.trim())
    .filter((ligne) => ligne !== '')
    .map((ligne) => {
      const separateur = ligne.indexOf(';');
      if (separateur < 0) return { valeur: ligne, libelle: ligne };
      return { valeur: ligne.slice(0, separateur).trim(), libelle: ligne.slice(separateur + 1).trim() };
    });
}
