/** Types for engine-paths.mjs, which the pre-test check runs as plain JavaScript. */
export function postgresBin(): string | null;
