/** What a code may contain, as it is typed: lower case, digits, underscores (the server checks the full pattern). */
export function nettoyerCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9_]/g, '');
}
