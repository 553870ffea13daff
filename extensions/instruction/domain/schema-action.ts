/**
 * zod schemas of the actions (action.ts), one per type, joined in `schemaAction`. Rules that need the rest of the
 * guide (a skip towards an existing, later étape; an existing statut for duplicates) are in coherence-guide.ts.
 */
import { z } from 'zod';
import {
  ETATS_ONGLET,
  PROPRIETES_INDIVIDU,
  PROPRIETES_PROFIL,
  VUES_ONGLET,
  type Action,
  type ProprieteIndividu,
  type ProprieteProfil,
} from './action';
import { messagesGuide as m } from './messages-guide';

export const MOTIF_CODE = /^[a-z][a-z0-9_]*$/;
/** Signing keys come from variables named WEBHOOK_…, so a guide cannot point at the database password or the JWT secret. */
export const MOTIF_SECRET_WEBHOOK = /^WEBHOOK_[A-Z0-9_]{1,64}$/;

export const schemaCode = z.string().regex(MOTIF_CODE, { error: m.codeInvalide });
export const texteNonVide = z.string().trim().min(1, { error: m.texteVide });
/** The name of a generated file: never a path, since it ends up in storage keys and download headers. */
const nomFichier = texteNonVide.refine((nom) => !/[/\\]|\.\./.test(nom), { error: m.nomFichierInvalide });

const destinataireCourriel = z.union(
  [
    z.enum(['usager', 'agent_affecte']),
    z.object({
      adresse: z
        .string()
        .trim()
        .pipe(z.email({ error: m.adresseInvalide })),
    }),
  ],
  { error: m.destinataireCourrielInconnu },
);
const destinataireSms = z.enum(['usager', 'agent_affecte'], { error: m.destinataireSmsInconnu });

/** https only, except on the local machine (dev, tests); no credentials in the URL, which is shown and exported. */
const urlWebhook = z
  .url({ error: m.urlInvalide, abort: true })
  .refine((url) => /^https:\/\//i.test(url) || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(url), {
    error: m.urlNonHttps,
  })
  .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), { error: m.urlAvecIdentifiants });

/** { champ → propriété }, keys sorted so that an export is canonical. */
function correspondances<P extends string>(proprietes: readonly [P, ...P[]], erreur: string) {
  return z
    .record(schemaCode, z.enum(proprietes, { error: erreur }))
    .refine((valeur) => Object.keys(valeur).length > 0, { error: m.sansCorrespondance })
    .transform((valeur) => Object.fromEntries(Object.entries(valeur).sort(([a], [b]) => (a < b ? -1 : 1))));
}

const affecter = z.discriminatedUnion(
  'mode',
  [
    z.object({
      type: z.literal('affecter'),
      mode: z.literal('agent'),
      agentId: z
        .number({ error: m.agentInvalide })
        .int({ error: m.agentInvalide })
        .positive({ error: m.agentInvalide }),
    }),
    z.object({ type: z.literal('affecter'), mode: z.literal('territoire') }),
  ],
  { error: m.modeAffectationInconnu },
);

export const schemaAction = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('courriel'),
      modele: texteNonVide,
      destinataires: z.array(destinataireCourriel).min(1, { error: m.sansDestinataire }),
      joindreJustificatifs: z.boolean().optional(),
    }),
    z.object({
      type: z.literal('sms'),
      modele: texteNonVide,
      destinataires: z.array(destinataireSms).min(1, { error: m.sansDestinataire }),
    }),
    z.object({
      type: z.literal('modifier_champs'),
      champs: z
        .array(z.object({ champ: schemaCode, valeur: z.union([z.string(), z.number(), z.boolean(), z.null()]) }))
        .min(1, { error: m.sansChamp }),
    }),
    affecter,
    z.object({ type: z.literal('sauter_etapes'), vers: schemaCode }),
    z.object({
      type: z.literal('onglet'),
      onglet: schemaCode,
      vue: z.enum(VUES_ONGLET),
      etat: z.enum(ETATS_ONGLET),
    }),
    z.object({ type: z.literal('statut_dossier_lie'), lien: z.enum(['parent', 'enfants']), statut: schemaCode }),
    z.object({
      type: z.literal('demander_justificatif'),
      typeDocument: schemaCode,
      message: texteNonVide.max(1000, { error: m.texteTropLong(1000) }),
    }),
    z.object({ type: z.literal('document'), modele: texteNonVide, nomFichier }),
    z.object({
      type: z.literal('detecter_doublon'),
      critere: z.enum(['demandeur', 'beneficiaire', 'les_deux']),
      statutSiDoublon: schemaCode.optional(),
    }),
    z.object({
      type: z.literal('creer_individu'),
      correspondances: correspondances<ProprieteIndividu>(PROPRIETES_INDIVIDU, m.proprieteIndividuInconnue),
    }),
    z.object({
      type: z.literal('creer_profil'),
      correspondances: correspondances<ProprieteProfil>(PROPRIETES_PROFIL, m.proprieteProfilInconnue),
    }),
    z.object({ type: z.literal('conversation'), etat: z.enum(['ouverte', 'fermee']) }),
    z.object({
      type: z.literal('webhook'),
      url: urlWebhook,
      secret: z.string().regex(MOTIF_SECRET_WEBHOOK, { error: m.secretInvalide }),
    }),
  ],
  { error: m.typeActionInconnu },
);

// The schema and the Action type must describe the same shapes: a drift fails the typecheck here.
type Egal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const memeForme: Egal<z.output<typeof schemaAction>, Action> = true;
void memeForme;
