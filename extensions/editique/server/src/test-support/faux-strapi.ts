/**
 * Un faux `strapi` en mémoire, juste ce que nos services utilisent (`db.query().findOne/create`,
 * `documents().create`). Les tests d'intégration avec un vrai Strapi sont ailleurs (cms/tests).
 */
type Ligne = Record<string, unknown> & { id: number };

export function creerFauxStrapi(initial: Record<string, Array<Record<string, unknown>>> = {}) {
  const tables = new Map<string, Ligne[]>();
  let prochainId = 1;
  const table = (uid: string): Ligne[] => {
    if (!tables.has(uid)) tables.set(uid, []);
    return tables.get(uid) as Ligne[];
  };
  const inserer = (uid: string, data: Record<string, unknown>): Ligne => {
    const ligne = { ...data, id: prochainId++ };
    table(uid).push(ligne);
    return ligne;
  };
  for (const [uid, lignes] of Object.entries(initial)) lignes.forEach((l) => inserer(uid, l));

  const requetes: Array<{ uid: string; methode: string; params: unknown }> = [];
  const strapi = {
    db: {
      query(uid: string) {
        return {
          async findOne(params: { where: Record<string, unknown>; select?: string[] }) {
            requetes.push({ uid, methode: 'findOne', params });
            const trouve = table(uid).find((l) => Object.entries(params.where).every(([k, v]) => l[k] === v));
            if (!trouve) return null;
            return params.select ? Object.fromEntries(params.select.map((c) => [c, trouve[c]])) : { ...trouve };
          },
          async create(params: { data: Record<string, unknown> }) {
            requetes.push({ uid, methode: 'create', params });
            return inserer(uid, params.data);
          },
        };
      },
    },
    documents(uid: string) {
      return {
        async create(params: { data: Record<string, unknown> }) {
          requetes.push({ uid, methode: 'documents.create', params });
          return inserer(uid, { ...params.data, documentId: `doc-${prochainId}`, publishedAt: new Date() });
        },
      };
    },
    log: { info() {}, warn() {}, error() {}, debug() {} },
  };
  return { strapi, tables, requetes, table };
}
