export default {
  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },
  // Unknown query parameters are refused instead of passed through to the query engine (DESIGN rule 2).
  documents: { strictParams: true },
};
