/**
 * Expected failures (a bad model, a bad submission) are values, not exceptions: callers must handle them, and the
 * adapter decides how they become HTTP responses. Each domain package keeps its own copy so that none depends on another.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
