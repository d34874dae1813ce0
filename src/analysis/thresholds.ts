/**
 * The fixed numbers of a Q analysis (Brown 1980; PQMethod; qmethod).
 */

/** Two-sided normal quantile for p < .05 (flagging and significance `*`). */
export const Z_05 = 1.96;
/** p < .01 (`**`). */
export const Z_01 = 2.576;
/** p < .001 (`***`). */
export const Z_001 = 3.291;
/** p < 10⁻⁶ (`6*`), `round(qnorm(1e-6), 4)` in absolute value, as qmethod. */
export const Z_6 = 4.8916;
/** Average reliability coefficient of a Q-sort (Brown 1980). */
export const AV_REL_COEF = 0.8;
/** Z-scores closer than this are ties when building factor arrays. */
export const TIE_TOLERANCE = 1e-9;
/** Default convergence threshold of the centroid iteration (qmethod's `spc`). */
export const CENTROID_THRESHOLD = 1e-5;
/** Varimax relative tolerance (R's `stats::varimax` default). */
export const VARIMAX_EPS = 1e-5;
