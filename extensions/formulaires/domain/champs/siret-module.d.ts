/**
 * Types of the `siret` package (plain CommonJS, no types of its own): `module.exports` is the SIRET check, with the
 * SIRET and SIREN checks also attached as properties.
 */
declare module 'siret' {
  /** True when the string has 14 characters and passes the Luhn check. */
  function isSIRET(siret: string): boolean;
  namespace isSIRET {
    function isSIRET(siret: string): boolean;
    /** True when the string has 9 characters and passes the Luhn check. */
    function isSIREN(siren: string): boolean;
  }
  export = isSIRET;
}
