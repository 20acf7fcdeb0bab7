-- The team relay of seed 002 (teamrc): teams kept in sync between machines. Its own tables,
-- prefixed relay_, next to TRCR's. Machine identity is the Ed25519 public key inside the
-- `trc_ak_…` token, so tokens are stored as plain strings: they are public keys, not secrets.
-- Secrets (owner claim secrets) are stored hashed.

-- A TRCR user's teamrc account: exists once a machine was linked to it (device login) or the
-- test hooks created it; deleting it removes the user's machines and associations.
create table relay_accounts (
  user_id    text primary key references users(id) on delete cascade,
  created_at timestamptz not null default now()
);

create table relay_teams (
  id                 uuid primary key default gen_random_uuid(),
  name               text not null,
  skills             jsonb not null default '[]',
  platforms          text[] not null default '{}',
  knowledge          text,
  visibility         text not null default 'private' check (visibility in ('private', 'public')),
  clone_token        text unique,
  owner_user_id      text references relay_accounts(user_id) on delete set null,
  owner_claim_secret text,            -- argon2 hash of trc_ocs_…; null once claimed
  members_hash       text,
  skills_hash        text,
  knowledge_hash     text,
  deleted_at         timestamptz,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now()
);

create table relay_members (
  team_id     uuid not null references relay_teams(id) on delete cascade,
  position    integer not null,      -- insertion order (members come back in the order first sent)
  name        text not null,
  role        text not null,
  description text,
  soul        text,
  skills      text[] not null default '{}',
  primary key (team_id, name)
);
create index relay_members_order_idx on relay_members (team_id, position);

create table relay_invites (
  code       text primary key,
  team_id    uuid not null references relay_teams(id) on delete cascade,
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index relay_invites_team_idx on relay_invites (team_id);

create table relay_token_teams (
  token        text not null,
  team_id      uuid not null references relay_teams(id) on delete cascade,
  scope        text not null default 'project',
  project_name text,
  last_seen_at timestamptz,
  created_at   timestamptz not null default now(),
  primary key (token, team_id)
);
create index relay_token_teams_team_idx on relay_token_teams (team_id);

create table relay_machine_tokens (
  id           uuid primary key default gen_random_uuid(),
  token        text not null unique,
  user_id      text not null references relay_accounts(user_id) on delete cascade,
  machine_name text,
  last_seen_at timestamptz,
  revoked_at   timestamptz,
  created_at   timestamptz not null default now()
);
create index relay_machine_tokens_user_idx on relay_machine_tokens (user_id);

create table relay_device_requests (
  device_code     text primary key,
  user_code       text not null unique,
  token           text not null,
  status          text not null default 'pending' check (status in ('pending', 'confirmed')),
  user_id         text references users(id) on delete cascade,
  email           text,
  failed_attempts integer not null default 0 check (failed_attempts >= 0),
  expires_at      timestamptz not null,
  created_at      timestamptz not null default now()
);
create index relay_device_requests_token_idx on relay_device_requests (token, expires_at);
create index relay_device_requests_expiry_idx on relay_device_requests (expires_at);
