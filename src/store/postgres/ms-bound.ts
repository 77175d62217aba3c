/**
 * A time bound in ms as a bigint column can take it: for whole-ms times `at`, `at >= x`
 * and `at < x` hold exactly when they do for ceil(x), so a fractional bound (a computed
 * window) selects what the embedded stores select. Undefined gives `otherwise`.
 */
export function msBound(ms: number | undefined, otherwise: number | null): number | null {
  return ms === undefined ? otherwise : Math.ceil(ms);
}
