/**
 * Labelled inputs of the builder, built on the design system's Field so every input has its label, hint and error
 * wired for screen readers. Values are controlled; an emptied optional number or select gives `undefined`.
 */
import { memo, type ReactNode } from 'react';
import {
  Checkbox,
  Field,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
} from '@strapi/design-system';

interface Commun {
  nom: string;
  libelle: string;
  aide?: ReactNode;
  erreur?: string;
  requis?: boolean;
}

export function SaisieTexte({
  nom,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
  multiligne = false,
  ...reste
}: Commun & {
  valeur: string;
  onChange: (valeur: string) => void;
  multiligne?: boolean;
  placeholder?: string;
  maxLength?: number;
  title?: string;
  disabled?: boolean;
}) {
  return (
    <Field.Root name={nom} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      {multiligne ? (
        <Textarea value={valeur} onChange={(e) => onChange(e.target.value)} {...reste} />
      ) : (
        <TextInput value={valeur} onChange={(e) => onChange(e.target.value)} {...reste} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export function SaisieNombre({
  nom,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
  pas,
}: Commun & { valeur: number | undefined; onChange: (valeur: number | undefined) => void; pas?: number }) {
  return (
    <Field.Root name={nom} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      <NumberInput value={valeur} onValueChange={onChange} step={pas} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export interface OptionChoix {
  valeur: string;
  libelle: string;
}

/**
 * Memoised: a select renders all its options even closed, so one that does not change must not re-render on every
 * keystroke elsewhere in the form (pass stable `options` and `onChange`).
 */
export const SaisieChoix = memo(function SaisieChoix({
  nom,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
  options,
  effacer,
  placeholder,
}: Commun & {
  valeur: string | undefined;
  onChange: (valeur: string | undefined) => void;
  options: readonly OptionChoix[];
  /** Label of the clear button; without it the choice cannot be emptied. */
  effacer?: string;
  placeholder?: string;
}) {
  return (
    <Field.Root name={nom} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      <SingleSelect
        value={valeur ?? null}
        onChange={(v) => onChange(String(v))}
        placeholder={placeholder}
        {...(effacer ? { onClear: () => onChange(undefined), clearLabel: effacer } : {})}
      >
        {options.map((option) => (
          <SingleSelectOption key={option.valeur} value={option.valeur}>
            {option.libelle}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export function SaisieCase({
  libelle,
  valeur,
  onChange,
}: {
  libelle: string;
  valeur: boolean;
  onChange: (valeur: boolean) => void;
}) {
  return (
    <Checkbox checked={valeur} onCheckedChange={(etat) => onChange(etat === true)}>
      {libelle}
    </Checkbox>
  );
}
