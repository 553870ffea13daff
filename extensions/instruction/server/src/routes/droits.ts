/** Admin routes: profils métiers, matrice des habilitations, territoires (issue 4). */
export const routesDroits: unknown[] = [];
