/** Inbound payloads for the roles matrix and commitments. */
import { z } from 'zod';
import { COMMITMENT_LIMITS } from '../limits.ts';
import { Id, LIMITS } from './agenda.ts';

export { COMMITMENT_LIMITS };

/** A calendar date, ISO `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
export const Organisation = z.string().trim().min(1).max(LIMITS.nameMax);
const Kind = z.string().trim().min(1).max(LIMITS.titleMax);
const CommitmentText = z.string().trim().min(1).max(COMMITMENT_LIMITS.textMax);
/** The contact person's name: public, on the projector and in the action list. */
const Contact = z.string().trim().max(COMMITMENT_LIMITS.contactMax);
/** How to reach them (email, phone): private, seen by facilitators, the proposer and the report only. */
const ContactDetails = z.string().trim().max(COMMITMENT_LIMITS.contactMax);
const Links = z.array(Id).max(COMMITMENT_LIMITS.linksMax);

/** A participant's proposal for their own organisation; the id is client-made, so a retry is harmless. */
export const CommitmentProposeInput = z.object({
  id: Id,
  boardId: Id,
  kind: Kind,
  text: CommitmentText,
  contact: Contact.default(''),
  contactDetails: ContactDetails.default(''),
  followUp: IsoDate.nullable().default(null),
  linkedNoteIds: Links.default([]),
});
export type CommitmentProposeInput = z.infer<typeof CommitmentProposeInput>;

/** The facilitator's edit: any field, including the owning organisation; absent fields stay. */
export const CommitmentEditInput = z.object({
  id: Id,
  organisation: Organisation.optional(),
  kind: Kind.optional(),
  text: CommitmentText.optional(),
  contact: Contact.optional(),
  contactDetails: ContactDetails.optional(),
  followUp: IsoDate.nullable().optional(),
  linkedNoteIds: Links.optional(),
});
export type CommitmentEditInput = z.infer<typeof CommitmentEditInput>;

export const CommitmentRef = z.object({ id: Id });
export type CommitmentRef = z.infer<typeof CommitmentRef>;

export const RolesRowsInput = z.object({
  boardId: Id,
  organisations: z.array(Organisation).max(COMMITMENT_LIMITS.organisationsMax),
});
export type RolesRowsInput = z.infer<typeof RolesRowsInput>;

export const RolesColumnsInput = z.object({ boardId: Id, columns: z.array(Kind).min(1).max(12) });
export type RolesColumnsInput = z.infer<typeof RolesColumnsInput>;

export const RolesBoardRef = z.object({ boardId: Id });
export type RolesBoardRef = z.infer<typeof RolesBoardRef>;
