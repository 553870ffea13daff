/**
 * The French reference data sectorisation needs, from the field's own packages: communes (and their parents) from
 * @etalab/decoupage-administratif, postal codes from codes-postaux. Loaded on first use (≈ 12 MB of JSON, not at
 * boot) and kept: the data only changes with a package upgrade.
 */
import type { CommunePostale, Referentiel } from '../../../domain';

interface CommuneDecoupage {
  code: string;
  nom: string;
  type: string;
  commune?: string;
  chefLieu?: string;
}

export interface ReferentielCommunes extends Referentiel {
  /** Name of a commune (any type: actuelle, déléguée, associée, arrondissement municipal); null if unknown. */
  nomCommune(codeInsee: string): string | null;
}

let charge: ReferentielCommunes | null = null;

export function referentielCommunes(): ReferentielCommunes {
  if (charge) return charge;
  // The package's index.js reads its files relative to the working directory: require the JSON directly.
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as CommuneDecoupage[];
  const codesPostaux = require('codes-postaux') as { find(codePostal: string): CommunePostale[] };
  const parCode = new Map<string, CommuneDecoupage>();
  // A code may appear twice (a commune actuelle and its homonymous commune déléguée): the actuelle wins.
  for (const c of communes) if (!parCode.has(c.code) || c.type === 'commune-actuelle') parCode.set(c.code, c);
  charge = {
    communesDuCodePostal: (codePostal) => codesPostaux.find(codePostal),
    communeParente: (code) => {
      const c = parCode.get(code);
      if (!c || c.type === 'commune-actuelle') return null;
      const parente = c.commune ?? c.chefLieu ?? null;
      return parente && parente !== code ? parente : null;
    },
    nomCommune: (code) => parCode.get(code)?.nom ?? null,
  };
  return charge;
}
