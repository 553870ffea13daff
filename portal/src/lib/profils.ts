/**
 * The profils (association, famille, entreprise) a citizen belongs to, as GET /api/usagers/profils serves them
 * (ProfilApi in the contract), and how the portal names them. The response is checked with zod: a CMS answering
 * another shape is a 502 for the caller, never a choice built on guesses.
 */
import { z } from 'zod';
import { fr } from '../i18n/fr';
import type { ProfilApi, ProfilsReponse } from './contrat';

const schemaProfil = z.object({
  id: z.number().int().positive(),
  type: z.enum(['famille', 'association', 'entreprise', 'autre']),
  nom: z.string().trim().min(1),
});

export const schemaProfils = z.object({ data: z.array(schemaProfil) });

// The contract and the schema must describe the same shape: a change on one side fails the typecheck.
type Identiques<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const memeForme: Identiques<z.infer<typeof schemaProfils>, ProfilsReponse> = true;
void memeForme;

export type Profil = ProfilApi;

/**
 * « Association Les Amis du Festival », « Famille Martin », « Entreprise Dubois SARL »; a profil of type `autre`,
 * or whose name already says what it is (« Famille Martin » stored as such), keeps its own name.
 */
export function libelleProfil(profil: Profil): string {
  if (profil.type === 'autre') return profil.nom;
  const type = fr.profils.types[profil.type];
  const dejaNomme = profil.nom.toLocaleLowerCase('fr').startsWith(`${type.toLocaleLowerCase('fr')} `);
  return dejaNomme ? profil.nom : `${type} ${profil.nom}`;
}
