/**
 * Fields without a value in the dossier's data: note (static text shown in the form) and justificatif (its pièces
 * are uploaded, stored and reviewed separately; the orchestrator counts them for `requis`).
 */
import { z } from 'zod';
import type { ChampJustificatif, ChampNote } from '../modele';
import { ok } from '../result';
import { doublons, erreurFormat, rienALire, schemaEntierPositif, schemaTexteNonVide } from './commun';
import { messagesModele as m } from './messages';
import type { DefinitionChamp } from './types';

/** type/subtype, e.g. application/pdf, image/jpeg, application/vnd.oasis.opendocument.text. */
const MOTIF_MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

export const definitionNote: DefinitionChamp<ChampNote> = {
  type: 'note',
  schema: z.object({ type: z.literal('note'), contenu: schemaTexteNonVide.max(10_000, { error: m.texteTropLong }) }),
  problemes: () => [],
  // Whatever is posted under a note's code is ignored: there is nothing to keep and nothing the citizen can fix.
  valider: () => ok(null),
  lire: rienALire,
  lisible: () => null,
};

export const definitionJustificatif: DefinitionChamp<ChampJustificatif> = {
  type: 'justificatif',
  schema: z.object({
    type: z.literal('justificatif'),
    typeDocument: schemaTexteNonVide.optional(),
    formats: z.array(z.string().regex(MOTIF_MIME, { error: m.formatMime })).min(1, { error: m.sansFormat }),
    tailleMax: schemaEntierPositif,
  }),
  problemes: (champ) =>
    doublons(champ.formats.map((format) => format.toLowerCase())).map((format) => m.formatEnDouble(champ.code, format)),
  // A value here means a client tried to put files (or anything) in the data: refused, files go through the upload.
  valider: (champ, valeur) => (valeur === null || valeur === undefined ? ok(null) : erreurFormat(champ)),
  lire: rienALire,
  lisible: () => null,
};
