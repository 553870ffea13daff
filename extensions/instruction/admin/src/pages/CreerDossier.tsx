/** Creation of a dossier by an agent — placeholder, replaced by its page. */
export const CreerDossier = () => null;
