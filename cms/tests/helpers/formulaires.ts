/** Helpers of the formulaires API tests: administrators with or without the RBAC action, models, table counts. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import type { Champ, Modele } from '@guichet/formulaires';

export const ACTION_CONFIGURER = 'plugin::formulaires.modeles.configurer';
export const TABLES_FORMULAIRES = [
  'formulaires_modeles',
  'formulaires_versions',
  'formulaires_referentiel_champs',
  'formulaires_referentiels',
] as const;

export interface Administrateur {
  id: number;
  jeton: string;
}

/**
 * An admin user signed in through /admin/login. `role`: the Super Admin (every action, as Strapi grants it), a
 * role holding only « Configurer les formulaires », or a role without any permission.
 */
export async function creerAdministrateur(
  strapi: Core.Strapi,
  email: string,
  role: 'super-admin' | 'configurateur' | 'sans-droit',
): Promise<Administrateur> {
  const roles = strapi.service('admin::role');
  let roleId: number;
  if (role === 'super-admin') {
    roleId = (await roles.getSuperAdmin()).id;
  } else {
    const code = `test-formulaires-${role}`;
    const existant = await strapi.db.query('admin::role').findOne({ where: { code } });
    const cree = existant ?? (await roles.create({ name: `Test ${role}`, code, description: 'Rôle de test' }));
    if (role === 'configurateur') {
      await roles.assignPermissions(cree.id, [
        { action: ACTION_CONFIGURER, subject: null, conditions: [], properties: {} },
      ]);
    }
    roleId = cree.id;
  }
  const password = 'Formulaires-Test-2026';
  const utilisateur = await strapi.service('admin::user').create({
    email,
    firstname: 'Camille',
    lastname: email.split('@')[0],
    password,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  const res = await request(strapi.server.httpServer).post('/admin/login').send({ email, password }).expect(200);
  return { id: Number(utilisateur.id), jeton: res.body.data.token as string };
}

export const en = (a: Administrateur) => ({ Authorization: `Bearer ${a.jeton}` });

/** Row counts of the plugin's four tables (numbers on both dialects). */
export async function compterTables(strapi: Core.Strapi): Promise<Record<string, number>> {
  const comptes: Record<string, number> = {};
  for (const table of TABLES_FORMULAIRES) {
    const [ligne] = await strapi.db.connection(table).count('* as n');
    comptes[table] = Number((ligne as { n: unknown }).n);
  }
  return comptes;
}

export const texte = (code: string, libelle: string, surcharges: Partial<Champ> = {}): Champ =>
  ({ code, type: 'texte', libelle, requis: false, ...surcharges }) as Champ;

/** A small valid model: a name, a situation list and a comment shown only to married people. */
export function modeleSimple(): Modele {
  return {
    champs: [
      texte('nom', 'Nom', { requis: true, longueurMax: 50 } as Partial<Champ>),
      {
        code: 'situation',
        type: 'liste',
        libelle: 'Situation familiale',
        requis: true,
        options: [
          { valeur: 'celibataire', libelle: 'Célibataire' },
          { valeur: 'marie', libelle: 'Marié·e' },
        ],
      },
      texte('conjoint', 'Nom du conjoint', { condition: "situation = 'marie'" }),
    ],
    vues: {
      usager: {
        onglets: [
          {
            code: 'demande',
            titre: 'Demande',
            sections: [
              {
                code: 'demandeur',
                titre: 'Le demandeur',
                lignes: [{ champs: ['nom'] }, { champs: ['situation', 'conjoint'] }],
              },
            ],
          },
        ],
      },
    },
  };
}

/** A model of `n` text fields, two per line, ten lines per section, in one onglet. */
export function modeleDeNChamps(n: number): Modele {
  const champs: Champ[] = Array.from({ length: n }, (_, i) =>
    texte(`champ_${i + 1}`, `Champ numéro ${i + 1} du grand formulaire`, {
      requis: i % 3 === 0,
      aide: 'Une aide de quelques mots pour remplir ce champ correctement.',
      longueurMax: 200,
      condition: i > 0 && i % 10 === 0 ? `champ_${i} != ''` : undefined,
    } as Partial<Champ>),
  );
  const lignes = [];
  for (let i = 0; i < n; i += 2) lignes.push({ champs: champs.slice(i, i + 2).map((c) => c.code) });
  const sections = [];
  for (let i = 0; i < lignes.length; i += 10) {
    sections.push({ code: `section_${i / 10 + 1}`, titre: `Section ${i / 10 + 1}`, lignes: lignes.slice(i, i + 10) });
  }
  return { champs, vues: { usager: { onglets: [{ code: 'principal', titre: 'Formulaire', sections }] } } };
}

/** Plain spaces instead of the no-break ones French typography puts in messages. */
export const lisible = (texte: string): string => texte.replace(/[\u00A0\u202F]/g, ' ');
