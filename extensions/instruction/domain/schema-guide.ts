/**
 * Validation of an instruction guide before it is saved (admin) or used (loaded from storage). zod checks each
 * element's shape; the rules linking elements (unique codes, existing targets, a way to close) follow as plain code,
 * where messages can name the étapes and statuts concerned.
 */
import { emplacement, messageZodParDefaut } from '@guichet/formulaires';
import { z } from 'zod';
import type { Guide } from './guide';
import { err, ok, type Result } from './result';

export const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;

const guillemets = (texte: string): string => `«\u00A0${texte}\u00A0»`;

/** French messages for administrators, kept together so wording stays consistent. */
export const messagesGuide = {
  codeInvalide:
    'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
  texteVide: 'ne doit pas être vide',
  nomFichierInvalide: 'le nom de fichier ne doit contenir ni « / », ni « \\ », ni « .. »',
  sansDestinataire: 'indiquez au moins un destinataire',
  sansEtape: 'le guide doit contenir au moins une étape',
  sansStatut: 'chaque étape doit contenir au moins un statut',
  typeActionInconnu: 'type d’action inconnu (attendu : courriel ou document)',
  etapeEnDouble: (code: string, fois: number): string =>
    `Le code d’étape ${guillemets(code)} est utilisé ${fois} fois : chaque étape doit avoir un code unique.`,
  statutEnDouble: (code: string, etapes: string[]): string =>
    `Le code de statut ${guillemets(code)} est utilisé ${etapes.length} fois (étapes ${etapes.map(guillemets).join(', ')}) : chaque statut du guide doit avoir un code unique.`,
  statutDepotInconnu: (code: string): string => `Le statut de dépôt ${guillemets(code)} n’existe dans aucune étape.`,
  cibleInconnue: (de: string, vers: string): string =>
    `Le statut ${guillemets(de)} propose une transition vers ${guillemets(vers)}, qui n’existe dans aucune étape.`,
  transitionEnDouble: (de: string, vers: string): string =>
    `Le statut ${guillemets(de)} propose plusieurs fois la transition vers ${guillemets(vers)}.`,
  sansCloture:
    'Le guide doit contenir au moins un statut de clôture : sans lui, aucun dossier ne peut être clôturé, ni donc archivé ou purgé.',
  aLEmplacement: (emplacement: string, probleme: string): string =>
    emplacement === '' ? `Guide : ${probleme}` : `${emplacement} : ${probleme}`,
} as const;
const m = messagesGuide;

const code = z.string().regex(MOTIF_CODE, { error: m.codeInvalide });
const texteNonVide = z.string().trim().min(1, { error: m.texteVide });
/** The name of a generated file: never a path, since it ends up in storage keys and download headers. */
const nomFichier = texteNonVide.refine((nom) => !/[/\\]|\.\./.test(nom), { error: m.nomFichierInvalide });

const schemaAction = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('courriel'),
      modele: texteNonVide,
      destinataires: z.array(z.literal('usager')).min(1, { error: m.sansDestinataire }),
    }),
    z.object({ type: z.literal('document'), modele: texteNonVide, nomFichier }),
  ],
  { error: m.typeActionInconnu },
);

const schemaStatut = z.object({
  code,
  libelle: texteNonVide,
  visibleUsager: z.boolean(),
  cloture: z.boolean(),
  transitions: z.array(z.object({ vers: code, libelle: texteNonVide.optional() })),
  actions: z.array(schemaAction),
});

const schemaEtape = z.object({
  code,
  libelle: texteNonVide,
  aide: z.string().optional(),
  statuts: z.array(schemaStatut).min(1, { error: m.sansStatut }),
});

export const schemaGuide = z.object({
  statutDepot: code,
  etapes: z.array(schemaEtape).min(1, { error: m.sansEtape }),
});

/** Parses an untrusted guide, or lists every problem in French so the administrator fixes them in one pass. */
export function validerGuide(input: unknown): Result<Guide, string[]> {
  const analyse = schemaGuide.safeParse(input, { error: messageZodParDefaut });
  if (!analyse.success) {
    return err(
      analyse.error.issues.map((issue) => m.aLEmplacement(emplacement(issue.path, SINGULIERS), issue.message)),
    );
  }
  const guide: Guide = analyse.data;
  const problemes = problemesDeCoherence(guide);
  return problemes.length > 0 ? err(problemes) : ok(guide);
}

function problemesDeCoherence(guide: Guide): string[] {
  const problemes: string[] = [];

  const etapesParCode = regrouper(guide.etapes.map((etape) => [etape.code, etape.code]));
  for (const [codeEtape, occurrences] of etapesParCode) {
    if (occurrences.length > 1) problemes.push(m.etapeEnDouble(codeEtape, occurrences.length));
  }

  const statuts = guide.etapes.flatMap((etape) => etape.statuts.map((statut) => ({ statut, etape })));
  const etapesParStatut = regrouper(statuts.map(({ statut, etape }) => [statut.code, etape.code]));
  for (const [codeStatut, etapes] of etapesParStatut) {
    if (etapes.length > 1) problemes.push(m.statutEnDouble(codeStatut, etapes));
  }

  if (!etapesParStatut.has(guide.statutDepot)) problemes.push(m.statutDepotInconnu(guide.statutDepot));

  for (const { statut } of statuts) {
    const vus = new Set<string>();
    for (const { vers } of statut.transitions) {
      if (!etapesParStatut.has(vers)) problemes.push(m.cibleInconnue(statut.code, vers));
      if (vus.has(vers)) problemes.push(m.transitionEnDouble(statut.code, vers));
      vus.add(vers);
    }
  }

  if (!statuts.some(({ statut }) => statut.cloture)) problemes.push(m.sansCloture);
  return problemes;
}

/** key → values in first-seen order. */
function regrouper(paires: Array<[string, string]>): Map<string, string[]> {
  const groupes = new Map<string, string[]>();
  for (const [cle, valeur] of paires) groupes.set(cle, [...(groupes.get(cle) ?? []), valeur]);
  return groupes;
}

const SINGULIERS = {
  etapes: 'étape',
  statuts: 'statut',
  transitions: 'transition',
  actions: 'action',
  destinataires: 'destinataire',
};
