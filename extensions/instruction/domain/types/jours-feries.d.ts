/** @socialgouv/jours-feries 2 ships no types: one CommonJS function, name of the holiday → local-midnight Date. */
declare module '@socialgouv/jours-feries' {
  export default function getJoursFeries(annee: number, options?: { alsace?: boolean }): Record<string, Date>;
}
