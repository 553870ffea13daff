/**
 * A model as one portable JSON document: the model, the référentiel des champs entries its fields come from and the
 * administrator lists its « liste sur référentiel » fields use. Another instance imports it as it is.
 *
 * Serialisation is canonical (keys in schema order, lists sorted by code, two-space indent, final newline), so
 * export → import → export gives the same bytes, and an export can be diffed and kept under version control.
 * The published JSON Schema is generated from the same zod schema (`schemaJsonExport`).
 */
import { z } from 'zod';
import { messagesExport as mx } from './messages-export';
import { type Champ, type Modele, type OptionListe } from './modele';
import { emplacement, messageZodParDefaut } from './problemes-zod';
import { err, ok, type Result } from './result';
import { problemesZod, schemaChamp, schemaCode, schemaModele, validerModele } from './schema-modele';
import { doublons } from './coherence-modele';

export const FORMAT_EXPORT = 'guichet.modele';
export const VERSION_FORMAT_EXPORT = 1;

export interface EntreeReferentielExport {
  categorie: string;
  section: string;
  champ: Champ;
}
export interface ListeReferentielExport {
  code: string;
  titre: string;
  options: OptionListe[];
}
export interface DocumentExport {
  format: typeof FORMAT_EXPORT;
  versionFormat: typeof VERSION_FORMAT_EXPORT;
  modele: { code: string; titre: string; contenu: Modele };
  referentielChamps: EntreeReferentielExport[];
  referentiels: ListeReferentielExport[];
}

const titre = z.string().trim().min(1, { error: mx.texteVide }).max(200, { error: mx.texteTropLong });
const option = z.object({ valeur: titre, libelle: titre }).strict();

export const schemaExport = z
  .object({
    format: z.literal(FORMAT_EXPORT, { error: mx.formatInconnu }),
    versionFormat: z.literal(VERSION_FORMAT_EXPORT, { error: mx.versionInconnue }),
    modele: z.object({ code: schemaCode, titre, contenu: schemaModele }).strict(),
    referentielChamps: z.array(z.object({ categorie: titre, section: titre, champ: schemaChamp }).strict()),
    referentiels: z.array(z.object({ code: schemaCode, titre, options: z.array(option).max(5000) }).strict()),
  })
  .strict()
  .meta({
    $id: 'https://guichet.example/schemas/modele-export.schema.json',
    title: 'Export de modèle de dossier Guichet',
    description: 'Un modèle, les entrées du référentiel des champs et les listes qu’il utilise.',
  });

/** Builds the document for a model from everything the instance has; keeps only the entries and lists it uses. */
export function construireExport(
  modele: { code: string; titre: string; contenu: Modele },
  entrees: EntreeReferentielExport[],
  listes: ListeReferentielExport[],
): DocumentExport {
  const origines = new Set(modele.contenu.champs.flatMap((champ) => champ.origine ?? []));
  const utilisees = new Set(referentielsUtilises(modele.contenu));
  const parCode =
    <T>(cle: (t: T) => string) =>
    (a: T, b: T) =>
      cle(a) < cle(b) ? -1 : cle(a) > cle(b) ? 1 : 0;
  return {
    format: FORMAT_EXPORT,
    versionFormat: VERSION_FORMAT_EXPORT,
    modele,
    referentielChamps: entrees.filter((e) => origines.has(e.champ.code)).sort(parCode((e) => e.champ.code)),
    referentiels: listes.filter((l) => utilisees.has(l.code)).sort(parCode((l) => l.code)),
  };
}

/** Canonical text of a document (see the header). Throws on a document that is not valid: export only what was read. */
export function serialiserExport(document: DocumentExport): string {
  return `${JSON.stringify(schemaExport.parse(document), null, 2)}\n`;
}

/** Reads an untrusted document (an import): every problem in French, or the document ready to store. */
export function lireExport(input: unknown): Result<DocumentExport, string[]> {
  const analyse = schemaExport.safeParse(input, { error: messageZodParDefaut });
  if (!analyse.success) return err(problemesZod(analyse.error));
  const document = analyse.data as unknown as DocumentExport;
  const problemes = [...problemesDuModele(document.modele.contenu), ...problemesDeReferences(document)];
  return problemes.length > 0 ? err(problemes) : ok(document);
}

function problemesDuModele(contenu: Modele): string[] {
  const verdict = validerModele(contenu);
  return verdict.ok ? [] : verdict.error.map((probleme) => `${mx.dansLeModele} ${probleme}`);
}

/** The document must carry what its fields point to: the lists they use and the entries they come from. */
function problemesDeReferences(document: DocumentExport): string[] {
  const listes = new Set(document.referentiels.map((l) => l.code));
  const entrees = new Set(document.referentielChamps.map((e) => e.champ.code));
  const problemes: string[] = [];
  for (const code of referentielsUtilises(document.modele.contenu)) {
    if (!listes.has(code)) problemes.push(mx.listeAbsente(code));
  }
  for (const champ of document.modele.contenu.champs) {
    if (champ.origine !== undefined && !entrees.has(champ.origine))
      problemes.push(mx.entreeAbsente(champ.code, champ.origine));
  }
  for (const [code] of doublons(document.referentiels.map((l) => l.code))) problemes.push(mx.listeEnDouble(code));
  for (const [code] of doublons(document.referentielChamps.map((e) => e.champ.code)))
    problemes.push(mx.entreeEnDouble(code));
  document.referentiels.forEach((liste, i) => {
    for (const [valeur] of doublons(liste.options.map((o) => o.valeur))) {
      problemes.push(`${emplacement(['referentiels', i], { referentiels: 'liste' })} : ${mx.optionEnDouble(valeur)}`);
    }
  });
  return problemes;
}

/** Codes of the administrator lists a model's fields use. */
export function referentielsUtilises(modele: Modele): string[] {
  return [
    ...new Set(modele.champs.flatMap((champ) => (champ.type === 'liste_referentiel' ? [champ.referentiel] : []))),
  ];
}

/** The JSON Schema of an export document (draft 2020-12), published for other tools. */
export function schemaJsonExport(): Record<string, unknown> {
  return z.toJSONSchema(schemaExport, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
