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
} as const;
