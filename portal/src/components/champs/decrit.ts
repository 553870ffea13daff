import { ids } from '../../lib/formulaire';

/** aria-describedby for a control: its hint then its error, or undefined when it has neither. */
export function decritPar(code: string, aide: string | undefined, erreur: string | undefined): string | undefined {
  const refs = [aide ? ids.aide(code) : null, erreur ? ids.erreur(code) : null].filter((x): x is string => x !== null);
  return refs.length > 0 ? refs.join(' ') : undefined;
}
