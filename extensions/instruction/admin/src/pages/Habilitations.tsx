/** Profils métiers × dispositifs matrix and territoires (administrators) — placeholder, replaced by its page. */
export const Habilitations = () => null;
