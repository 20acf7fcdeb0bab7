-- Money (issue 12): clients, the rate hierarchy, invoices from tracked time, the mail attachment of an
-- invoice's PDF. Amounts are integer minor units (cents) of an ISO 4217 currency; rates are cents per hour.

-- Clients gain what an invoice needs: an address, a saved tax rate (basis points, 1900 = 19 %), their
-- currency (null = the organization's), notes, and archiving (hidden from lists, kept for their invoices).
alter table clients
  add column address     text,
  add column tax_rate_bp integer check (tax_rate_bp between 0 and 10000),
  add column currency    text check (currency ~ '^[A-Z]{3}$'),
  add column notes       text,
  add column archived    boolean not null default false,
  add column created_by  text references users(id) on delete set null;
create index clients_org_name_idx on clients (org_id, lower(name));

-- The rate hierarchy (DESIGN §3, business-processes §4). Client rate (what the client is charged per hour)
-- and cost rate (what an hour of the person costs): each member's defaults, per project member overrides.
-- An entry's effective client rate is the first set of: the rate it was billed at (once invoiced), its own
-- override, its project member rate, its project's rate, its member default; its effective cost rate: the
-- project member's, else the member default (src/domain/time_entries/rates.ts).
alter table members
  add column hourly_rate_cents integer check (hourly_rate_cents >= 0),
  add column cost_rate_cents   integer check (cost_rate_cents >= 0);
alter table project_members
  add column hourly_rate_cents integer check (hourly_rate_cents >= 0),
  add column cost_rate_cents   integer check (cost_rate_cents >= 0);
alter table projects add constraint projects_rate_nonnegative check (hourly_rate_cents >= 0);
alter table time_entries add constraint time_entries_rate_nonnegative check (hourly_rate_cents >= 0);

-- Invoice numbers: per organization, sequential, never reused. The counter is taken under the
-- organization row's lock in the creating transaction, so a rolled back create takes no number.
alter table organizations
  add column invoice_prefix      text not null default 'INV-',
  add column invoice_next_number integer not null default 1;

create table invoices (
  id             text primary key,
  org_id         text not null references organizations(id) on delete cascade,
  number         text not null,
  client_id      text not null references clients(id) on delete restrict,
  status         text not null default 'draft' check (status in ('draft', 'sent', 'overdue', 'paid')),
  issue_date     date not null,
  due_date       date not null,
  currency       text not null check (currency ~ '^[A-Z]{3}$'),
  tax_rate_bp    integer not null default 0 check (tax_rate_bp between 0 and 10000),
  subtotal_cents bigint not null default 0,
  tax_cents      bigint not null default 0,
  total_cents    bigint not null default 0,
  notes          text,
  sent_at        timestamptz,
  paid_at        timestamptz,
  payment_method text check (payment_method in ('bank_transfer', 'card', 'cash', 'paypal', 'other')),
  created_by     text references users(id) on delete set null,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  unique (org_id, number),
  constraint invoices_dates_order check (due_date >= issue_date),
  constraint invoices_total check (total_cents = subtotal_cents + tax_cents)
);
create index invoices_org_idx on invoices (org_id, created_at desc, id);
create index invoices_client_idx on invoices (client_id, status);
-- The overdue job: sent invoices by due date.
create index invoices_sent_due_idx on invoices (due_date) where status = 'sent';

-- A line: time (quantity_secs, from linked entries; amount = round-half-up(quantity_secs × unit_price_cents
-- / 3600)) or custom (quantity, a decimal; amount = round-half-up(quantity × unit_price_cents)).
create table invoice_lines (
  id               text primary key,
  invoice_id       text not null references invoices(id) on delete cascade,
  org_id           text not null,
  position         integer not null,
  description      text not null,
  quantity_secs    bigint check (quantity_secs >= 0),
  quantity         numeric(12, 4) check (quantity >= 0),
  unit_price_cents bigint not null check (unit_price_cents >= 0),
  amount_cents     bigint not null,
  project_id       text references projects(id) on delete set null,
  created_at       timestamptz not null default now(),
  constraint invoice_lines_one_quantity check ((quantity_secs is null) <> (quantity is null))
);
create index invoice_lines_invoice_idx on invoice_lines (invoice_id, position);

-- Time entries on an invoice: its line and the client rate it was billed at (kept when rates change later).
-- Deleting a draft frees them (the domain clears both columns in the same transaction).
alter table time_entries
  add column invoice_id        text references invoices(id) on delete set null,
  add column invoice_line_id   text references invoice_lines(id) on delete set null,
  add column billed_rate_cents integer;
create index time_entries_invoice_idx on time_entries (invoice_id) where invoice_id is not null;
-- An invoice line's entries (the line's count and first ids, read with every invoice).
create index time_entries_invoice_line_idx on time_entries (invoice_line_id, started_at, id) where invoice_line_id is not null;
-- invoices.generate: a client's projects' billable, stopped, not yet invoiced entries.
create index time_entries_unbilled_idx on time_entries (project_id, started_at) where invoice_id is null and billable and stopped_at is not null;

-- Mail attachments (an invoice's PDF): [{ "filename", "content_type", "content_base64" }].
alter table mail_outbox add column attachments jsonb;

-- Notification types of invoices, to members with manage_invoices.
alter table notifications drop constraint notifications_type_check;
alter table notifications add constraint notifications_type_check
  check (type in ('task_assigned', 'task_status_changed', 'task_commented', 'mentioned', 'invoice_paid', 'invoice_overdue'));
