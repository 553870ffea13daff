/** Guide editor (administrators) — placeholder, replaced by its page. */
export const EditeurGuides = () => null;
