/** Small creation forms of the page: a profil métier, a territoire type, a territoire, a secteur. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useTraduction } from '../useTraduction';

export type Valeurs = Record<string, string>;

export function Texte({
  nom,
  libelle,
  valeurs,
  changer,
  aide,
}: {
  nom: string;
  libelle: string;
  valeurs: Valeurs;
  changer: (nom: string, valeur: string) => void;
  aide?: string;
}) {
  // Several forms have a « Code » field: ids must differ for each label to name its own input.
  const id = useId();
  return (
    <Field.Root name={nom} id={id} hint={aide}>
      <Field.Label>{libelle}</Field.Label>
      <TextInput
        value={valeurs[nom] ?? ''}
        onChange={(e: { target: { value: string } }) => changer(nom, e.target.value)}
      />
      <Field.Hint />
    </Field.Root>
  );
}

export function Choix({
  nom,
  libelle,
  valeurs,
  changer,
  options,
}: {
  nom: string;
  libelle: string;
  valeurs: Valeurs;
  changer: (nom: string, valeur: string) => void;
  options: Array<{ valeur: string; libelle: string }>;
}) {
  const id = useId();
  return (
    <Field.Root name={nom} id={id}>
      <Field.Label>{libelle}</Field.Label>
      <SingleSelect value={valeurs[nom] ?? ''} onChange={(v: string | number) => changer(nom, String(v))}>
        {options.map((o) => (
          <SingleSelectOption key={o.valeur} value={o.valeur}>
            {o.libelle}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}

/** A titled form: fields, then a submit button; resets after a successful submission. */
export function Formulaire({
  titre,
  bouton,
  envoyer,
  children,
}: {
  titre: string;
  bouton: string;
  envoyer: (valeurs: Valeurs) => Promise<boolean>;
  children: (valeurs: Valeurs, changer: (nom: string, valeur: string) => void) => ReactNode;
}) {
  const t = useTraduction();
  const [valeurs, setValeurs] = useState<Valeurs>({});
  const [enCours, setEnCours] = useState(false);
  const changer = (nom: string, valeur: string) => setValeurs((v) => ({ ...v, [nom]: valeur }));
  const soumettre = async (e: FormEvent) => {
    e.preventDefault();
    setEnCours(true);
    if (await envoyer(valeurs)) setValeurs({});
    setEnCours(false);
  };
  return (
    <Box tag="form" onSubmit={soumettre} padding={4} hasRadius background="neutral100" aria-label={titre}>
      <Typography variant="delta" tag="h3">
        {titre}
      </Typography>
      <Flex gap={4} alignItems="flex-end" wrap="wrap" paddingTop={2}>
        {children(valeurs, changer)}
        <Button type="submit" loading={enCours} aria-label={`${bouton} — ${titre}`}>
          {bouton || t('habilitations.ajouter')}
        </Button>
      </Flex>
    </Box>
  );
}
