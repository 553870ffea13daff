/**
 * French messages for the administrators who write or import a guide, kept together so wording stays consistent.
 * Shape problems are prefixed by where they are ("étape 2 › statut 1 › action 3 › url : …"); coherence problems are
 * whole sentences naming the étapes and statuts concerned.
 */
import { MESSAGES_ZOD, messageZodParDefaut } from '@guichet/formulaires';
import type { z } from 'zod';
import { DROITS, ICONES_STATUT } from './guide';
import { PROPRIETES_INDIVIDU, PROPRIETES_PROFIL, TYPES_ACTION } from './action';

/**
 * French wording of zod's built-in issues for guides: @guichet/formulaires' wording, plus the expected values of
 * a list (« valeur invalide (attendu : usager, agent ou partenaire) »).
 */
export const messageZodGuide: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    const valeurs = issue.values.map(String);
    return `${MESSAGES_ZOD.valeurInvalide} (attendu : ${valeurs.slice(0, -1).join(', ')} ou ${valeurs.at(-1)})`;
  }
  return messageZodParDefaut(issue);
};

export const guillemets = (texte: string): string => `«\u00A0${texte}\u00A0»`;
const liste = (valeurs: readonly string[]): string => valeurs.join(', ');

export const messagesGuide = {
  codeInvalide:
    'le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
  texteVide: 'ne doit pas être vide',
  texteTropLong: (max: number): string => `texte trop long (${max} caractères au plus)`,
  nomFichierInvalide: 'le nom de fichier ne doit contenir ni « / », ni « \\ », ni « .. »',
  sansDestinataire: 'indiquez au moins un destinataire',
  destinataireCourrielInconnu: 'destinataire inconnu (attendu : usager, agent_affecte ou { "adresse": … })',
  destinataireSmsInconnu: 'destinataire inconnu (attendu : usager ou agent_affecte)',
  adresseInvalide: 'adresse électronique invalide',
  sansEtape: 'le guide doit contenir au moins une étape',
  sansStatut: 'chaque étape doit contenir au moins un statut',
  typeActionInconnu: `type d’action inconnu (attendu : ${liste(TYPES_ACTION)})`,
  couleurInvalide: 'couleur attendue au format hexadécimal, par exemple « #1F6FEB »',
  iconeInconnue: `icône inconnue (attendu : ${liste(ICONES_STATUT)})`,
  delaiInvalide: 'nombre entier de jours attendu, entre 1 et 999',
  sansDroit: 'indiquez au moins un droit, ou retirez la liste pour garder le droit « instruire »',
  droitInconnu: `droit inconnu (attendu : ${liste(DROITS)})`,
  sansChamp: 'indiquez au moins un champ à modifier',
  modeAffectationInconnu: 'mode d’affectation inconnu (attendu : agent ou territoire)',
  agentInvalide: 'identifiant d’agent attendu (nombre entier positif)',
  sansCorrespondance: 'indiquez au moins une correspondance entre un champ du dossier et une propriété',
  proprieteIndividuInconnue: `propriété inconnue (attendu : ${liste(PROPRIETES_INDIVIDU)})`,
  proprieteProfilInconnue: `propriété inconnue (attendu : ${liste(PROPRIETES_PROFIL)})`,
  urlInvalide: 'adresse web invalide',
  urlNonHttps: 'adresse https attendue (http n’est accepté que pour localhost)',
  urlAvecIdentifiants:
    'l’adresse ne doit contenir ni identifiant ni mot de passe : le webhook est signé avec le secret',
  secretInvalide:
    'nom de variable d’environnement attendu, commençant par « WEBHOOK_ » (par exemple « WEBHOOK_SECRET_CAF ») : jamais le secret lui-même',
  clesInconnues: (cles: string[]): string =>
    cles.length === 1
      ? `clé inconnue : ${guillemets(cles[0] ?? '')}`
      : `clés inconnues : ${cles.map(guillemets).join(', ')}`,

  etapeEnDouble: (code: string, fois: number): string =>
    `Le code d’étape ${guillemets(code)} est utilisé ${fois} fois : chaque étape doit avoir un code unique.`,
  statutEnDouble: (code: string, etapes: string[]): string =>
    `Le code de statut ${guillemets(code)} est utilisé ${etapes.length} fois (étapes ${etapes.map(guillemets).join(', ')}) : chaque statut du guide doit avoir un code unique.`,
  statutDepotInconnu: (code: string): string => `Le statut de dépôt ${guillemets(code)} n’existe dans aucune étape.`,
  cibleInconnue: (de: string, vers: string): string =>
    `Le statut ${guillemets(de)} propose une transition vers ${guillemets(vers)}, qui n’existe dans aucune étape.`,
  transitionEnDouble: (de: string, vers: string): string =>
    `Le statut ${guillemets(de)} propose plusieurs fois la transition vers ${guillemets(vers)}.`,
  droitEnDouble: (de: string, vers: string): string =>
    `La transition du statut ${guillemets(de)} vers ${guillemets(vers)} cite plusieurs fois le même droit.`,
  clotureAvecTransitions: (statut: string): string =>
    `Le statut ${guillemets(statut)} clôture le dossier : il ne peut proposer aucune transition.`,
  sansCloture:
    'Le guide doit contenir au moins un statut de clôture : sans lui, aucun dossier ne peut être clôturé, ni donc archivé ou purgé.',
  sautVersEtapeInconnue: (statut: string, vers: string): string =>
    `Le statut ${guillemets(statut)} saute des étapes jusqu’à ${guillemets(vers)}, qui n’est pas une étape du guide.`,
  sautVersEtapeNonPosterieure: (statut: string, etape: string, vers: string): string =>
    `Le statut ${guillemets(statut)} (étape ${guillemets(etape)}) saute des étapes jusqu’à ${guillemets(vers)}, qui ne vient pas après son étape : on ne saute qu’en avant.`,
  plusieursSauts: (statut: string): string =>
    `Le statut ${guillemets(statut)} contient plusieurs actions « sauter des étapes » : gardez-en une seule.`,
  statutDoublonInconnu: (statut: string, cible: string): string =>
    `Le statut ${guillemets(statut)} détecte les doublons et les place au statut ${guillemets(cible)}, qui n’existe dans aucune étape.`,
  doublonSansTransition: (statut: string, cible: string): string =>
    `Le statut ${guillemets(statut)} place les doublons au statut ${guillemets(cible)} : il doit proposer la transition vers ce statut, que le serveur emprunte comme un connecteur.`,
  champModifieEnDouble: (statut: string, champ: string): string =>
    `Le statut ${guillemets(statut)} modifie plusieurs fois le champ ${guillemets(champ)} dans la même action.`,
  aLEmplacement: (emplacement: string, probleme: string): string =>
    emplacement === '' ? `Guide : ${probleme}` : `${emplacement} : ${probleme}`,

  formatInconnu: 'ce fichier n’est pas un export de guide Guichet (attendu : format « guichet.guide »)',
  versionInconnue: 'version de format inconnue (attendu : 1)',
} as const;
