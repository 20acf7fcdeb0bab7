/**
 * reports.*: timesheet, revenue, utilization and profitability, each computed in the database as set-based SQL
 * (a scope statement, then one or two report statements; nothing per row in Node), in the organization's time zone
 * and currency, with the rounding rule invoices use (src/domain/money.ts ROUNDING_RULE; rates and amounts from
 * src/domain/time_entries/rates.ts). `view_reports` is checked by execute(); profitability also needs `view_rates`;
 * the timesheet's rates and amounts are masked for readers without `view_rates` by the generic field gate.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { Contexts } from '../context.js';
import { readerOf } from '../projects/visibility.js';
import { profitability } from './profitability.js';
import { revenue } from './revenue.js';
import { checkRange, heading, loadScope } from './scope.js';
import { timesheet } from './timesheet.js';
import { utilization } from './utilization.js';

export const reportOperations = {
  'reports.timesheet': async ({ svc, access }, input) => {
    checkRange(input);
    const reader = readerOf(access);
    const org = await loadScope(svc.db, reader, input);
    return { data: { ...heading(input, org), ...(await timesheet(svc.db, reader, org, input)) } };
  },

  'reports.revenue': async ({ svc, access }, input) => {
    checkRange(input);
    const reader = readerOf(access);
    const org = await loadScope(svc.db, reader, { client_id: input.client_id });
    return { data: { ...heading(input, org), ...(await revenue(svc.db, reader, org, input)) } };
  },

  'reports.utilization': async ({ svc, access }, input) => {
    checkRange(input);
    const reader = readerOf(access);
    const org = await loadScope(svc.db, reader, { user_id: input.user_id, invoice_id: input.invoice_id });
    return { data: { ...heading(input, org), ...(await utilization(svc.db, reader, org, input)) } };
  },

  'reports.profitability': async ({ svc, access }, input) => {
    access.require('view_rates');
    checkRange(input);
    const reader = readerOf(access);
    const org = await loadScope(svc.db, reader, {});
    return { data: { ...heading(input, org), ...(await profitability(svc.db, reader, org, input)) } };
  },
} satisfies AreaHandlers<'reports', Contexts>;
