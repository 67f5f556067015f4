/**
 * Live reads of one vehicle's health record from the mirror (works offline), and the customer's two
 * actions on it — making and revoking a share link — queued through the outbox.
 *
 * A share token is made here (256 random bits) and sent once in the mutation; the server keeps only
 * a keyed hash, so the token lives only on this device (localStorage) to be copied again later.
 */
import type { Accessor } from 'solid-js';
import { ENTITIES } from '@shared/sync/entities.ts';
import { enqueue } from '../sync/outbox.ts';
import { liveRecord, liveRecords } from '../sync/records.ts';

export const getVehicle = (id: Accessor<string | undefined>) => liveRecord(ENTITIES.vehicle, id);
export const listVisits = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.visit, vehicleId);
export const listFindings = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.finding, vehicleId);
export const listReadings = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.reading, vehicleId);
/** Delivery summaries (published by the live timeline, scoped by vehicle): the visit card shows its checklist. */
export const listDeliveries = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.delivery, vehicleId);
export const listShareLinks = (vehicleId: Accessor<string | undefined>) => liveRecords(ENTITIES.shareLink, vehicleId);

const TOKENS_KEY = 'pitlane.shareTokens';

function tokens(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(TOKENS_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** The link of a share made on this device (null for links made elsewhere). */
export function shareUrl(linkId: string): string | null {
  const token = tokens()[linkId];
  return token ? `${location.origin}/share/${token}` : null;
}

function newToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export async function createShareLink(vehicleId: string, label: string | null) {
  const id = crypto.randomUUID();
  const token = newToken();
  localStorage.setItem(TOKENS_KEY, JSON.stringify({ ...tokens(), [id]: token }));
  const seq = await enqueue('shareLink.create', { id, vehicleId, token, label: label?.trim() || null });
  return { id, seq };
}

export const revokeShareLink = (id: string) => enqueue('shareLink.revoke', { id });
