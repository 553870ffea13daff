/**
 * A bounded cache of parses: the same few hundred conditions are evaluated on every validation and every keystroke
 * in the portal, and parsing is the expensive half. Least recently used sources leave first.
 */
import type { Result } from '../result';
import type { Expression } from './ast';
import { LONGUEUR_MAX } from './limites';
import type { ErreurExpression } from './messages';
import { analyserExpression } from './parser';

/** Enough for every condition and formula of the models in use at once; each entry is a small tree. */
const ENTREES_MAX = 1000;

const analyses = new Map<string, Result<Expression, ErreurExpression>>();

/** analyserExpression, cached. The result is shared between callers: it is frozen, and the tree is readonly. */
export function analyserExpressionMemo(source: string): Result<Expression, ErreurExpression> {
  const connue = analyses.get(source);
  if (connue !== undefined) {
    // Map keeps insertion order: re-inserting marks the source as the most recently used.
    analyses.delete(source);
    analyses.set(source, connue);
    return connue;
  }
  const analyse = analyserExpression(source);
  Object.freeze(analyse);
  if (!analyse.ok) Object.freeze(analyse.error);
  // Over-long sources are refused in constant time; caching them would only pin large strings in memory.
  if (source.length > LONGUEUR_MAX) return analyse;
  if (analyses.size >= ENTREES_MAX) {
    const plusAncienne = analyses.keys().next();
    if (plusAncienne.done !== true) analyses.delete(plusAncienne.value);
  }
  analyses.set(source, analyse);
  return analyse;
}
