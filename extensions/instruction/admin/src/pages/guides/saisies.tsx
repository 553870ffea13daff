/**
 * Labelled controls of the guide editor on the design system's Field, so that each control has its label, hint
 * and error wired for screen readers. `id` is the control's DOM id (problemes.ts `ids`): the error summary links to it.
 */
import type { ReactNode } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';

interface Commun {
  id: string;
  libelle: string;
  aide?: ReactNode;
  erreur?: string;
  requis?: boolean;
}

export function SaisieTexte({
  id,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
  multiligne = false,
  placeholder,
}: Commun & { valeur: string; onChange: (valeur: string) => void; multiligne?: boolean; placeholder?: string }) {
  return (
    <Field.Root id={id} name={id} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      {multiligne ? (
        <Textarea value={valeur} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
      ) : (
        <TextInput value={valeur} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export function SaisieNombre({
  id,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
}: Commun & { valeur: number | undefined; onChange: (valeur: number | undefined) => void }) {
  return (
    <Field.Root id={id} name={id} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      <NumberInput value={valeur} onValueChange={onChange} step={1} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export interface OptionChoix {
  valeur: string;
  libelle: string;
}

export function SaisieChoix({
  id,
  libelle,
  aide,
  erreur,
  requis,
  valeur,
  onChange,
  options,
  effacer,
}: Commun & {
  valeur: string | undefined;
  onChange: (valeur: string | undefined) => void;
  options: readonly OptionChoix[];
  /** Label of the clear button; without it the choice cannot be emptied. */
  effacer?: string;
}) {
  // A value the list does not offer (a statut since renamed) stays visible, so the problem can be seen and fixed.
  const toutes =
    valeur && !options.some((o) => o.valeur === valeur)
      ? [...options, { valeur, libelle: `${valeur} (inconnu)` }]
      : options;
  return (
    <Field.Root id={id} name={id} hint={aide} error={erreur} required={requis}>
      <Field.Label>{libelle}</Field.Label>
      <SingleSelect
        value={valeur || null}
        onChange={(v) => onChange(String(v))}
        {...(effacer ? { onClear: () => onChange(undefined), clearLabel: effacer } : {})}
      >
        {toutes.map((option) => (
          <SingleSelectOption key={option.valeur} value={option.valeur}>
            {option.libelle}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export function SaisieCase({
  id,
  libelle,
  valeur,
  onChange,
}: {
  id: string;
  libelle: string;
  valeur: boolean;
  onChange: (valeur: boolean) => void;
}) {
  return (
    <Checkbox id={id} checked={valeur} onCheckedChange={(etat) => onChange(etat === true)}>
      {libelle}
    </Checkbox>
  );
}

/** A group of related controls with its legend (a fieldset: screen readers announce the legend with each control). */
export function Groupe({
  id,
  legende,
  niveau = 'delta',
  problemes,
  children,
}: {
  id?: string;
  legende: ReactNode;
  niveau?: 'beta' | 'delta' | 'omega';
  problemes?: readonly string[];
  children: ReactNode;
}) {
  return (
    <Box
      tag="fieldset"
      id={id}
      tabIndex={id ? -1 : undefined}
      padding={4}
      hasRadius
      borderColor={problemes && problemes.length > 0 ? 'danger600' : 'neutral200'}
      background="neutral0"
      style={{ minWidth: 0 }}
    >
      <Typography tag="legend" variant={niveau} fontWeight="bold" style={{ padding: '0 4px' }}>
        {legende}
      </Typography>
      {problemes && problemes.length > 0 ? (
        <Box tag="ul" paddingTop={2} paddingBottom={2} paddingLeft={4} style={{ listStyle: 'disc' }}>
          {problemes.map((probleme, i) => (
            <li key={i}>
              <Typography textColor="danger700">{probleme}</Typography>
            </li>
          ))}
        </Box>
      ) : null}
      <Flex direction="column" alignItems="stretch" gap={4} paddingTop={2}>
        {children}
      </Flex>
    </Box>
  );
}

/**
 * Move up / move down / delete an item of an ordered list. Labels name the item (« Monter l’étape Dépôt ») since
 * screen readers list buttons out of context; a button that cannot act is disabled rather than hidden.
 */
export function BoutonsOrdre({
  id,
  nom,
  index,
  total,
  onDeplacer,
  onSupprimer,
  libelles,
}: {
  id: string;
  nom: string;
  index: number;
  total: number;
  onDeplacer: (vers: number) => void;
  onSupprimer: () => void;
  libelles: { monter: string; descendre: string; supprimer: string };
}) {
  return (
    <Flex gap={2} wrap="wrap">
      <Button
        id={`${id}-monter`}
        variant="tertiary"
        size="S"
        disabled={index === 0}
        onClick={() => onDeplacer(index - 1)}
        aria-label={`${libelles.monter} ${nom}`}
      >
        {libelles.monter}
      </Button>
      <Button
        id={`${id}-descendre`}
        variant="tertiary"
        size="S"
        disabled={index === total - 1}
        onClick={() => onDeplacer(index + 1)}
        aria-label={`${libelles.descendre} ${nom}`}
      >
        {libelles.descendre}
      </Button>
      <Button variant="danger-light" size="S" onClick={onSupprimer} aria-label={`${libelles.supprimer} ${nom}`}>
        {libelles.supprimer}
      </Button>
    </Flex>
  );
}

/** A small « add a row » button. */
export function BoutonAjouter({ id, libelle, onClick }: { id: string; libelle: string; onClick: () => void }) {
  return (
    <Box>
      <Button id={id} variant="tertiary" size="S" onClick={onClick}>
        {libelle}
      </Button>
    </Box>
  );
}
