export { rendreCourriel, variablesUtilisees, echapperHtml } from './rendre-courriel';
export type { ModeleCourriel, CourrielRendu, OptionsRendu } from './rendre-courriel';
