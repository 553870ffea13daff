/** Admin routes (contracts/admin-api.ts), all under /formulaires and all behind the RBAC action « Configurer les formulaires ». */
import { ACTIONS_RBAC } from '../constants';

const config = { policies: [{ name: 'admin::hasPermissions', config: { actions: [ACTIONS_RBAC.configurer] } }] };
const route = (method: string, path: string, handler: string) => ({ method, path, handler, config });

export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/modeles', 'modeles.lister'),
      route('POST', '/modeles', 'modeles.creer'),
      route('GET', '/modeles/:id', 'modeles.detail'),
      route('PUT', '/modeles/:id', 'modeles.enregistrerContenu'),
      route('PUT', '/modeles/:id/champs', 'modeles.enregistrerChamps'),
      route('PUT', '/modeles/:id/vues/:vue', 'modeles.enregistrerVue'),
      route('POST', '/modeles/:id/publier', 'modeles.publier'),
      route('GET', '/modeles/:id/versions/:numero', 'modeles.version'),
      route('GET', '/modeles/:id/difference', 'modeles.difference'),
      route('GET', '/modeles/:id/export', 'modeles.exporter'),
      route('POST', '/import', 'modeles.importer'),
      route('GET', '/schema', 'modeles.schema'),
      route('GET', '/referentiel-champs', 'referentiels.listerEntrees'),
      route('POST', '/referentiel-champs', 'referentiels.creerEntree'),
      route('PUT', '/referentiel-champs/:id', 'referentiels.modifierEntree'),
      route('DELETE', '/referentiel-champs/:id', 'referentiels.supprimerEntree'),
      route('GET', '/referentiels', 'referentiels.listerListes'),
      route('POST', '/referentiels', 'referentiels.creerListe'),
      route('PUT', '/referentiels/:id', 'referentiels.modifierListe'),
    ],
  },
};
