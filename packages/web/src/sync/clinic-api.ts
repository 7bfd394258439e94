import type {
  PatientAttention,
  PrescribedExercise,
  Prescription,
  prescriptionPhases,
  prescriptionSides,
  SyncRecord,
} from '@crick/core';
import { callApi } from './api.js';

/**
 * The clinician side of the server (issue 10):
 * the person's shares and access log, and the clinician's patients. Every call
 * sends ids in the path and health data only in bodies, never in a query string.
 */

export type Role = 'person' | 'clinician' | 'admin';

/** `GET /api/me`: who is signed in; `name` is a clinician's display name (null for a person). */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly name: string | null;
}

export type ShareStatus = 'pending' | 'active' | 'revoked' | 'expired';

export interface Share {
  readonly id: string;
  readonly status: ShareStatus;
  /** Never sent by the server (it keeps only the code's hash): the code is shown once, from `createShare`. */
  readonly code?: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly clinician: { readonly id: string; readonly name: string; readonly email: string } | null;
  /** When the clinician redeemed the code. */
  readonly since: string | null;
  readonly canAdjust: boolean;
}

export type AccessWhat = 'summary' | 'records' | 'fhir' | 'prescription' | 'note';

export interface AccessEntry {
  readonly at: string;
  readonly clinician: { readonly id: string; readonly name: string };
  readonly what: AccessWhat | string;
}

export interface PatientSummary {
  readonly patientId: string;
  /** The person's email: the clinician knows them by it. */
  readonly label: string;
  readonly since: string;
  readonly canAdjust: boolean;
  readonly lastReviewedAt: string | null;
  /** Core's patientAttention, made by the server from the patient's records. */
  readonly attention: PatientAttention;
}

export interface ClinicianNote {
  readonly text: string;
  readonly updatedAt: string | null;
}

/** The prescription's parts, as core's schema (schemas/prescription.ts) defines them. */
export type Phase = (typeof prescriptionPhases)[number];
export type Sides = (typeof prescriptionSides)[number];
export type { PrescribedExercise };

/** What a clinician sends; the server adds who set it and when. */
export type PrescriptionRequest = Omit<Prescription, 'setBy' | 'setAt'>;

const patient = (id: string) => `/api/clinician/patients/${encodeURIComponent(id)}`;

export const getMe = (): Promise<Me> => callApi<Me>('GET', '/api/me');

export const personApi = {
  createShare: () => callApi<{ id: string; code: string; expiresAt: string }>('POST', '/api/shares', {}),
  shares: () => callApi<Share[]>('GET', '/api/shares'),
  setCanAdjust: (id: string, canAdjust: boolean) =>
    callApi<Share>('PATCH', `/api/shares/${encodeURIComponent(id)}`, { canAdjust }),
  revoke: (id: string) => callApi<void>('DELETE', `/api/shares/${encodeURIComponent(id)}`),
  accessLog: () => callApi<AccessEntry[]>('GET', '/api/me/access-log'),
};

export const clinicianApi = {
  redeem: (code: string) => callApi<{ patientId: string }>('POST', '/api/shares/redeem', { code }),
  patients: () => callApi<PatientSummary[]>('GET', '/api/clinician/patients'),
  records: (id: string) => callApi<{ records: SyncRecord[] }>('GET', `${patient(id)}/records`),
  fhir: (id: string) => callApi<unknown>('GET', `${patient(id)}/fhir`),
  note: (id: string) => callApi<ClinicianNote>('GET', `${patient(id)}/note`),
  saveNote: (id: string, text: string) => callApi<ClinicianNote>('PUT', `${patient(id)}/note`, { text }),
  prescribe: (id: string, body: PrescriptionRequest) =>
    callApi<SyncRecord>('POST', `${patient(id)}/prescriptions`, body),
  reviewed: (id: string) => callApi<void>('POST', `${patient(id)}/reviewed`, {}),
};
