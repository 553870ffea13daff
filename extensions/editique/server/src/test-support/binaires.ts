import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** Chemin exécutable de `commande` (chemin explicite ou recherche dans PATH), ou `undefined`. */
export function trouverBinaire(
  commande: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const candidats = commande.includes('/')
    ? [commande]
    : (env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((d) => path.join(d, commande));
  for (const candidat of candidats) {
    try {
      accessSync(candidat, constants.X_OK);
      return candidat;
    } catch {
      // suivant
    }
  }
  return undefined;
}

export type Decision =
  | { mode: 'executer' }
  | { mode: 'echouer'; message: string }
  | { mode: 'ignorer'; message: string };

/**
 * Que faire des tests qui ont besoin de binaires système ? S'ils manquent : échouer si REQUIRE_SERVICES=1 (CI),
 * sinon ignorer en le disant (jamais en silence).
 */
export function deciderServices(binaires: string[], env: Record<string, string | undefined> = process.env): Decision {
  const manquants = binaires.filter((b) => !trouverBinaire(b, env));
  if (manquants.length === 0) return { mode: 'executer' };
  const liste = manquants.join(', ');
  if (env.REQUIRE_SERVICES === '1') {
    return {
      mode: 'echouer',
      message: `REQUIRE_SERVICES=1 mais binaire introuvable : ${liste} (scripts/install-system-deps.sh)`,
    };
  }
  return {
    mode: 'ignorer',
    message: `[editique] tests ignorés : binaire introuvable : ${liste}. Installer avec scripts/install-system-deps.sh ; REQUIRE_SERVICES=1 les rend obligatoires.`,
  };
}

/** `describe` qui exige des binaires : exécute, échoue (REQUIRE_SERVICES=1) ou ignore avec un avertissement. */
export function decrireAvecBinaires(binaires: string[]) {
  return (titre: string, corps: () => void): void => {
    const decision = deciderServices(binaires);
    if (decision.mode === 'executer') {
      describe(titre, corps);
    } else if (decision.mode === 'echouer') {
      describe(titre, () => {
        test('les binaires requis sont installés', () => {
          throw new Error(decision.message);
        });
      });
    } else {
      console.warn(decision.message);
      describe.skip(titre, corps);
    }
  };
}
