/** How to reach commitments' contact people: told only to facilitators and to each proposer, never in the document. */
import { create } from 'zustand';
import type { CommitmentId } from '../../../shared/model.ts';

export const useContactDetails = create<{ details: Record<CommitmentId, string> }>(() => ({ details: {} }));

export const setContactDetails = (details: Record<CommitmentId, string>) => useContactDetails.setState({ details });
