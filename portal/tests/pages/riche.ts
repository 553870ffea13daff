/** The rich model: every field type a citizen fills, conditions, calculs, tables, addresses, connectors. */
export function formulaireRiche(): void {}
