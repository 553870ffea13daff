/** Admin routes of the guide editor (configuration of dispositifs' guides). */
export const routesGuides: unknown[] = [];
