/**
 * What is inside a request, checked by the domain's rules: 422 with French `problemes`, one per element at fault.
 * The model itself is checked by `validerModele` (domain/schema-modele.ts); here are the small things around it.
 */
import { z } from 'zod';
import { messageZodParDefaut } from '../../../domain/problemes-zod';
import { schemaChamp, schemaCode, problemesZod } from '../../../domain/schema-modele';
import type { Champ, OptionListe } from '../../../domain/modele';
import { doublons } from '../../../domain/coherence-modele';
import { DEFINITIONS } from '../../../domain/champs';
import { entreGuillemets as g } from '../../../domain/messages';

const titre = z
  .string()
  .trim()
  .min(1, { error: 'ne doit pas être vide' })
  .max(200, { error: 'texte trop long (200 caractères au plus)' });
const option = z.strictObject({ valeur: titre, libelle: titre });

const schemaEnTeteModele = z.strictObject({ code: schemaCode, titre });
const schemaEntree = z.strictObject({ categorie: titre, section: titre, champ: schemaChamp });
const schemaListe = z.strictObject({
  code: schemaCode,
  titre,
  options: z.array(option).max(5000, { error: 'une liste propose au plus 5 000 options' }),
});

function lire<T>(schema: z.ZodType, valeur: unknown): { ok: true; value: T } | { ok: false; error: string[] } {
  const analyse = schema.safeParse(valeur, { error: messageZodParDefaut });
  return analyse.success ? { ok: true, value: analyse.data as T } : { ok: false, error: problemesZod(analyse.error) };
}

export function lireEnTeteModele(valeur: { code: string; titre: string }) {
  return lire<{ code: string; titre: string }>(schemaEnTeteModele, valeur);
}

export function lireTitre(valeur: string) {
  return lire<{ titre: string }>(z.strictObject({ titre }), { titre: valeur });
}

/** An entry of the référentiel des champs: the field's keys, and its type's own rules (options, bounds…). */
export function lireEntree(valeur: { categorie: string; section: string; champ: unknown }) {
  const lu = lire<{ categorie: string; section: string; champ: Champ }>(schemaEntree, valeur);
  if (!lu.ok) return lu;
  const champ = lu.value.champ;
  const problemes = (DEFINITIONS[champ.type].problemes as (c: Champ) => string[])(champ);
  return problemes.length > 0 ? { ok: false as const, error: problemes } : lu;
}

export function lireListe(valeur: { code: string; titre: string; options: unknown[] }) {
  const lu = lire<{ code: string; titre: string; options: OptionListe[] }>(schemaListe, valeur);
  if (!lu.ok) return lu;
  const enDouble = [...doublons(lu.value.options.map((o) => o.valeur)).keys()];
  if (enDouble.length > 0) {
    return {
      ok: false as const,
      error: enDouble.map((v) => `options : la valeur ${g(v)} figure plusieurs fois`),
    };
  }
  return lu;
}
