import type { Champ } from '../../../../../domain/modele';

/** What a type's settings panel receives: its field, and a way to change some of its properties. */
export interface ProprietesReglages<C extends Champ> {
  champ: C;
  modifier: (proprietes: Partial<Omit<C, 'type' | 'code'>>) => void;
}

/** `undefined` for an emptied optional text, so the property disappears from the model. */
export const texteOptionnel = (valeur: string): string | undefined => (valeur === '' ? undefined : valeur);
