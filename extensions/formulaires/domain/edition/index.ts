/**
 * Edit operations of the model builder (« Générateur de formulaires »). Pure and immutable: every operation returns
 * a new model sharing what it did not change (or the same model when nothing changes), so the admin keeps the model
 * in one reducer and re-renders only what changed.
 */
export * from './chemins';
export * from './codes';
export * from './onglets';
export * from './sections';
export * from './lignes';
export * from './placement';
export * from './champs';
export * from './nouveau-champ';
export * from './renommage';
export * from './referentiel';
export * from './vues';
export * from './exemples';
