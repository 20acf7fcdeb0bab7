-- TRCR core schema: users, organizations, auth, projects, tasks, time entries, events outbox, mail outbox.
-- Every tenant row carries org_id; ids are TypeID strings (prefix_ + base32 UUIDv7).

create table users (
  id            text primary key,
  email         text not null,
  name          text not null,
  password_hash text not null,
  avatar_url    text,
  default_org_id text,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

create table organizations (
  id         text primary key,
  name       text not null,
  slug       text not null,
  timezone   text not null default 'UTC',
  currency   text not null default 'USD',
  created_by text references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index organizations_slug_key on organizations (slug);

alter table users add constraint users_default_org_fk foreign key (default_org_id) references organizations(id) on delete set null;

-- role: owner | admin | manager | member | viewer; permissions: per-member overrides {"manage_tasks": false, ...}
create table members (
  org_id      text not null references organizations(id) on delete cascade,
  user_id     text not null references users(id) on delete cascade,
  role        text not null,
  permissions jsonb not null default '{}'::jsonb,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  primary key (org_id, user_id)
);
create index members_user_idx on members (user_id);

create table invitations (
  id          text primary key,
  org_id      text not null references organizations(id) on delete cascade,
  email       text not null,
  role        text not null,
  token_hash  text not null unique,
  invited_by  text references users(id) on delete set null,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  accepted_at timestamptz,
  accepted_by text references users(id) on delete set null
);
create index invitations_email_idx on invitations (lower(email)) where accepted_at is null;

-- Refresh tokens: opaque, stored as sha256; rotation chain within a family; reuse of a rotated token revokes the family.
create table refresh_tokens (
  id          text primary key,
  user_id     text not null references users(id) on delete cascade,
  family_id   text not null,
  token_hash  text not null unique,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  rotated_at  timestamptz,
  revoked_at  timestamptz
);
create index refresh_tokens_family_idx on refresh_tokens (family_id);

create table password_resets (
  token_hash text primary key,
  user_id    text not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at    timestamptz
);

create table ws_tickets (
  ticket_hash text primary key,
  user_id     text not null references users(id) on delete cascade,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  used_at     timestamptz
);

create table personal_access_tokens (
  id           text primary key,
  user_id      text not null references users(id) on delete cascade,
  org_id       text not null references organizations(id) on delete cascade,
  name         text not null,
  token_hash   text not null unique,
  token_prefix text not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index personal_access_tokens_user_idx on personal_access_tokens (user_id);

create table clients (
  id         text primary key,
  org_id     text not null references organizations(id) on delete cascade,
  name       text not null,
  email      text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index clients_org_idx on clients (org_id);

create table projects (
  id                text primary key,
  org_id            text not null references organizations(id) on delete cascade,
  name              text not null,
  description       text,
  color             text,
  billable          boolean not null default true,
  hourly_rate_cents integer,
  client_id         text references clients(id) on delete set null,
  status            text not null default 'active',
  created_by        text references users(id) on delete set null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
create index projects_org_idx on projects (org_id, created_at);

create table tasks (
  id              text primary key,
  org_id          text not null references organizations(id) on delete cascade,
  project_id      text not null references projects(id) on delete cascade,
  title           text not null,
  description     text,
  status          text not null default 'open',
  priority        text not null default 'medium',
  start_date      date,
  due_date        date,
  estimated_hours numeric(10,2),
  position        double precision not null default 0,
  created_by      text references users(id) on delete set null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint tasks_dates_order check (start_date is null or due_date is null or start_date <= due_date)
);
create index tasks_project_idx on tasks (org_id, project_id, created_at);
create index tasks_org_status_idx on tasks (org_id, status);

create table task_assignees (
  task_id text not null references tasks(id) on delete cascade,
  user_id text not null references users(id) on delete cascade,
  org_id  text not null references organizations(id) on delete cascade,
  primary key (task_id, user_id)
);
create index task_assignees_user_idx on task_assignees (user_id);

create table time_entries (
  id                text primary key,
  org_id            text not null references organizations(id) on delete cascade,
  user_id           text not null references users(id) on delete cascade,
  project_id        text references projects(id) on delete set null,
  task_id           text references tasks(id) on delete set null,
  description       text,
  billable          boolean not null default true,
  hourly_rate_cents integer,
  started_at        timestamptz not null,
  stopped_at        timestamptz,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  constraint time_entries_order check (stopped_at is null or stopped_at >= started_at)
);
-- The timer rule: at most one running entry per user, enforced by the database.
create unique index time_entries_one_running on time_entries (user_id) where stopped_at is null;
create index time_entries_org_started_idx on time_entries (org_id, started_at desc);
create index time_entries_project_idx on time_entries (project_id, started_at);

-- Outbox of real-time events, written in the same transaction as the change, published after commit.
create table events (
  seq        bigserial primary key,
  org_id     text,
  user_id    text,            -- audience for user-scoped events (TimerUpdate); null = all members of org_id
  type       text not null,   -- EntityChanged | TimerUpdate
  payload    jsonb not null,
  created_at timestamptz not null default now()
);
create index events_created_idx on events (created_at);

create table mail_outbox (
  id         text primary key,
  to_address text not null,
  subject    text not null,
  body_text  text not null,
  body_html  text,
  kind       text not null,
  created_at timestamptz not null default now(),
  sent_at    timestamptz,
  attempts   integer not null default 0,
  last_error text
);
create index mail_outbox_pending_idx on mail_outbox (created_at) where sent_at is null;
