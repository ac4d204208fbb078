/** How the room screen lays out one card per breakout group. */

/** Rows and columns for `n` cards: at most four across, as few rows as that allows, so 8 groups are 2 × 4. */
export function cardGrid(n: number): { rows: number; columns: number } {
  const rows = Math.max(1, Math.ceil(n / 4));
  return { rows, columns: Math.max(1, Math.ceil(n / rows)) };
}
