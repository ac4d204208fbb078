/** Input bounds as plain numbers, free of zod, so browser code can mirror them without downloading the schemas. */
export const LIMITS = {
  titleMax: 120,
  textMax: 500,
  nameMax: 60,
  idMax: 64,
  segmentsMax: 40,
  activitiesMax: 20,
  speakersMax: 12,
  pointsMax: 12,
  minutesMax: 24 * 60,
  /** Boards in one workshop. */
  boardsMax: 12,
} as const;

export const BOARD_LIMITS = {
  noteTextMax: LIMITS.textMax,
  groupTitleMax: 80,
  columnMax: LIMITS.titleMax,
  /** Notes one "move to group" may carry. */
  moveMax: 200,
  voteBudgetMax: 20,
  /** Notes per participant per rate window. */
  notesPerWindow: 10,
  rateWindowMs: 10_000,
} as const;

export const COMMITMENT_LIMITS = {
  textMax: 300,
  contactMax: 120,
  perWorkshop: 500,
  perParticipant: 30,
  linksMax: 20,
  organisationsMax: 60,
} as const;

export const QUESTION_LIMITS = { textMax: 280, perWorkshop: 1000, perParticipant: 40 } as const;

/**
 * The link between a screen and the server: the server sends something on both channels (a
 * Socket.IO ping, a three-byte Yjs frame) every `heartbeatMs`, so a screen that has heard nothing
 * for `silentMs` knows its network is gone and says so, long before TCP or a reconnect would.
 */
export const LINK_LIMITS = { heartbeatMs: 2500, silentMs: 4500 } as const;
