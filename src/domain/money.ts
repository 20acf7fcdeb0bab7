/**
 * Money (DESIGN §3): integer minor units of an ISO 4217 currency, never floats. The one place for the
 * currency check, the rounding rule the invoices and the reports state, and how an amount is written out
 * (the invoice PDF and mail).
 */
import { validationError } from '../platform/errors.js';

/** ISO 4217 codes this runtime knows (ICU's list: `Intl.supportedValuesOf('currency')`). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** VALIDATION_ERROR on `field` unless `code` is a known ISO 4217 currency (upper case, e.g. `EUR`). */
export function assertCurrency(code: string, field = 'currency'): void {
  if (!isCurrency(code))
    throw validationError(`${field} must be an ISO 4217 currency code such as EUR or USD, not ${JSON.stringify(code)}`, { field });
}

/** Digits after the decimal point of the currency's minor unit (EUR 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `123456` EUR → `1,234.56 EUR` (exact: integer arithmetic on the minor units, no float). */
export function formatMoney(cents: number | bigint, currency: string): string {
  const digits = minorDigits(currency);
  const value = BigInt(cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(digits);
  const whole = (abs / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits > 0 ? '.' + (abs % unit).toString().padStart(digits, '0') : '';
  return `${negative ? '-' : ''}${whole}${fraction} ${currency}`;
}

/**
 * The rounding rule, as the invoices and the reports state it in their answers. Amounts of time are rounded
 * once per project and rate (an invoice line), so an invoice, its PDF and the reports agree to the cent.
 */
export const ROUNDING_RULE =
  'Amounts are integer minor units. Time at an hourly rate: round-half-up(seconds × rate_cents / 3600), once per project and rate; ' +
  'tax: round-half-up(subtotal_cents × tax_rate_bp / 10000); total = subtotal + tax.';

/** round-half-up(value × bp / 10000) for non-negative integers, exact: a tax amount. */
export function basisPoints(cents: number, bp: number): number {
  return Number((BigInt(cents) * BigInt(bp) * 2n + 10000n) / 20000n);
}
