/**
 * The model builder's admin API (contracts/admin-api.ts): models, their drafts, publications, versions, differences,
 * export and import. Every write validates the whole resulting model with the domain (422 + problemes), compares
 * the revision the administrator read (409 REVISION_PERIMEE) and is one transaction.
 */
import type { Core } from '@strapi/strapi';
import type { ModeleDetail, ModeleResume, VersionResume } from '../../../contracts/admin-api';
import { differenceModeles } from '../../../domain/difference';
import {
  construireExport,
  lireExport,
  referentielsUtilises,
  schemaJsonExport,
  serialiserExport,
} from '../../../domain/export';
import type { Disposition, Modele, Vue } from '../../../domain/modele';
import { validerModele } from '../../../domain/schema-modele';
import { empreinte } from '../empreinte';
import { estViolationUnicite } from '../erreurs';
import { erreurs, messages } from '../messages';
import * as modeles from '../repositories/modeles';
import { entreesParCodes } from '../repositories/referentiel-champs';
import { listesParCodes } from '../repositories/referentiels';
import * as versions from '../repositories/versions';
import { LIMITES } from '../constants';
import { lireEnTeteModele, lireTitre } from '../validation/contenu';
import { lecteurDispositifs } from './dispositifs';
import { importerDans, MODELE_VIDE, modeleValideOu422, publierDans, type CompteRenduImport } from './operations';

export interface Administrateur {
  id: number;
  nom: string;
}

function resume(m: modeles.ModeleEnTete): ModeleResume {
  return {
    id: m.id,
    code: m.code,
    titre: m.titre,
    versionPubliee: m.versionPubliee,
    modifie: m.empreinte !== m.empreintePubliee,
    modifieLe: m.modifieLe.toISOString(),
  };
}

function versionResume(v: { numero: number; publieLe: Date; publiePar: string | null }): VersionResume {
  return { numero: v.numero, publieLe: v.publieLe.toISOString(), publiePar: v.publiePar };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const dispositifs = lecteurDispositifs(knex);
  let schemaJson: Record<string, unknown> | undefined;

  async function charger(id: number): Promise<modeles.ModeleLigne> {
    const modele = await modeles.trouverModele(knex(), id);
    if (!modele) throw erreurs.modeleIntrouvable();
    return modele;
  }

  async function detail(id: number): Promise<ModeleDetail> {
    const modele = await charger(id);
    return {
      ...resume(modele),
      contenu: modele.contenu,
      revision: modele.revision,
      versions: (await versions.listerVersions(knex(), id)).map(versionResume),
      dispositifs: await dispositifs(modele.code),
    };
  }

  /** Reads the row under lock, checks the revision, validates the new content and writes it (compare-and-set). */
  async function enregistrer(
    id: number,
    revision: number,
    modifier: (contenu: Modele) => Modele,
    titre?: string,
  ): Promise<ModeleDetail> {
    const titreLu = titre === undefined ? undefined : lireTitre(titre);
    if (titreLu && !titreLu.ok) throw erreurs.modeleInvalide(titreLu.error);
    await knex().transaction(async (trx) => {
      const modele = await modeles.trouverModele(trx, id, { verrou: true });
      if (!modele) throw erreurs.modeleIntrouvable();
      if (modele.revision !== revision) throw erreurs.revisionPerimee();
      const contenu = modeleValideOu422(modifier(modele.contenu));
      const ok = await modeles.enregistrerSiRevision(
        trx,
        id,
        revision,
        { titre: titreLu?.value.titre, contenu, empreinte: empreinte(contenu) },
        new Date(),
      );
      if (!ok) throw erreurs.revisionPerimee();
    });
    return detail(id);
  }

  /** The content of a version number, or of the draft. */
  async function contenuDe(modele: modeles.ModeleLigne, cible: number | 'brouillon'): Promise<Modele> {
    if (cible === 'brouillon') return modele.contenu;
    const version = await versions.trouverVersion(knex(), modele.id, cible);
    if (!version) throw erreurs.versionIntrouvable();
    return version.contenu;
  }

  return {
    detail,

    async lister(): Promise<ModeleResume[]> {
      return (await modeles.listerModeles(knex(), LIMITES.modelesParPage)).map(resume);
    },

    async creer(corps: { code: string; titre: string; contenu?: unknown }): Promise<ModeleDetail> {
      const enTete = lireEnTeteModele({ code: corps.code, titre: corps.titre });
      const verdictContenu = corps.contenu === undefined ? null : validerModele(corps.contenu);
      const problemes = [
        ...(enTete.ok ? [] : enTete.error),
        ...(verdictContenu?.ok === false ? verdictContenu.error : []),
      ];
      if (problemes.length > 0 || !enTete.ok) throw erreurs.modeleInvalide(problemes);
      const contenu = verdictContenu?.ok ? verdictContenu.value : MODELE_VIDE;
      const { code, titre } = enTete.value;
      let id: number;
      try {
        id = await knex().transaction(async (trx) => {
          if (await modeles.trouverModeleParCode(trx, code)) throw erreurs.codePris(messages.codeModelePris(code));
          return modeles.insererModele(trx, { code, titre, contenu, empreinte: empreinte(contenu) }, new Date());
        });
      } catch (erreur) {
        if (estViolationUnicite(erreur)) throw erreurs.codePris(messages.codeModelePris(code));
        throw erreur;
      }
      return detail(id);
    },

    /** The whole draft: the builder's « Tout enregistrer », one validation and one compare-and-set. */
    enregistrerContenu(id: number, corps: { revision: number; titre?: string; contenu: unknown }) {
      return enregistrer(id, corps.revision, () => corps.contenu as Modele, corps.titre);
    },

    enregistrerChamps(id: number, corps: { revision: number; titre?: string; champs: unknown[] }) {
      return enregistrer(
        id,
        corps.revision,
        (contenu) => ({ ...contenu, champs: corps.champs as Modele['champs'] }),
        corps.titre,
      );
    },

    enregistrerVue(id: number, vue: Vue, corps: { revision: number; disposition: Record<string, unknown> | null }) {
      if (vue === 'usager' && corps.disposition === null) throw erreurs.modeleInvalide([messages.vueUsagerObligatoire]);
      return enregistrer(id, corps.revision, (contenu) => {
        const vues: Record<string, unknown> = { ...contenu.vues };
        if (corps.disposition === null) delete vues[vue];
        else vues[vue] = corps.disposition as unknown as Disposition;
        return { ...contenu, vues: vues as Modele['vues'] };
      });
    },

    async publier(id: number, corps: { revision: number }, par: Administrateur): Promise<VersionResume> {
      try {
        const publie = await knex().transaction(async (trx) => {
          const modele = await modeles.trouverModele(trx, id, { verrou: true });
          if (!modele) throw erreurs.modeleIntrouvable();
          if (modele.revision !== corps.revision) throw erreurs.revisionPerimee();
          return publierDans(trx, modele, par.nom || null, new Date());
        });
        return versionResume(publie);
      } catch (erreur) {
        // Two publications of the same draft at once: the unique (modele, numero) index stops the second.
        if (estViolationUnicite(erreur)) throw erreurs.revisionPerimee();
        throw erreur;
      }
    },

    async version(id: number, numero: number) {
      const modele = await charger(id);
      const version = await versions.trouverVersion(knex(), modele.id, numero);
      if (!version) throw erreurs.versionIntrouvable();
      return { numero: version.numero, publieLe: version.publieLe.toISOString(), contenu: version.contenu };
    },

    async difference(id: number, de: number | 'brouillon', a: number | 'brouillon') {
      const modele = await charger(id);
      return differenceModeles(await contenuDe(modele, de), await contenuDe(modele, a));
    },

    /**
     * The canonical export document of the draft (or of a published version), with the référentiel entries and the
     * lists it uses. Refused (422) when the result could not be imported back: a list or an entry has disappeared.
     */
    async exporter(id: number, numero?: number): Promise<{ nom: string; texte: string }> {
      const modele = await charger(id);
      const contenu = await contenuDe(modele, numero ?? 'brouillon');
      const origines = [...new Set(contenu.champs.flatMap((champ) => champ.origine ?? []))];
      const entrees = await entreesParCodes(knex(), origines);
      const listes = await listesParCodes(knex(), referentielsUtilises(contenu));
      const presentes = new Set(entrees.map((e) => e.champ.code));
      const problemes = [
        ...problemesDeListesExport(contenu, new Set(listes.map((l) => l.code))),
        ...contenu.champs.flatMap((champ) =>
          champ.origine !== undefined && !presentes.has(champ.origine)
            ? [messages.entreeExportAbsente(champ.code, champ.origine)]
            : [],
        ),
      ];
      if (problemes.length > 0) throw erreurs.modeleInvalide(problemes, messages.exportImpossible);
      const document = construireExport(
        { code: modele.code, titre: modele.titre, contenu },
        entrees.map(({ categorie, section, champ }) => ({ categorie, section, champ })),
        listes.map(({ code, titre, options }) => ({ code, titre, options })),
      );
      return { nom: `modele-${modele.code}.json`, texte: serialiserExport(document) };
    },

    /** Reads the document; lists, entries and the model are then written in ONE transaction, or nothing is. */
    async importer(document: unknown): Promise<{ data: ModeleDetail; meta: CompteRenduImport }> {
      const lu = lireExport(document);
      if (!lu.ok) throw erreurs.importInvalide(lu.error);
      let resultat: Awaited<ReturnType<typeof importerDans>>;
      try {
        resultat = await knex().transaction((trx) => importerDans(trx, lu.value, new Date()));
      } catch (erreur) {
        if (estViolationUnicite(erreur)) throw erreurs.revisionPerimee();
        throw erreur;
      }
      return { data: await detail(resultat.id), meta: resultat.compteRendu };
    },

    schema(): Record<string, unknown> {
      schemaJson ??= schemaJsonExport();
      return schemaJson;
    },
  };
};

/** The export must import back: every list its fields use must exist. */
function problemesDeListesExport(contenu: Modele, presentes: Set<string>): string[] {
  return contenu.champs.flatMap((champ) =>
    champ.type === 'liste_referentiel' && !presentes.has(champ.referentiel)
      ? [messages.listeInexistante(champ.code, champ.referentiel)]
      : [],
  );
}
