/** Admin routes: dossier operations by agents: creation, assignment, classification, flags, links, deletion (issue 4). */
export const routesOperations: unknown[] = [];
