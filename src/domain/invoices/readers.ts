/**
 * Who may read invoices: holders of `manage_invoices` or `view_reports` (issue 12). The one statement of
 * the rule: the invoices area checks it on every read, and `Subscriber.judge` (audience.ts) sends an
 * invoice's events only to such members.
 */
import type { Permission } from '../access.js';

export const INVOICE_READERS = ['manage_invoices', 'view_reports'] as const satisfies readonly Permission[];

/** Entity types whose events only some members receive: the permissions that may (any one of them). */
export const ENTITY_READERS: Readonly<Record<string, readonly Permission[]>> = { invoice: INVOICE_READERS };
