-- Team chat (issue 13): channels, their members with each member's read mark, messages, reactions.
--
-- Kinds: `general` (one per organization, every member of the organization: kept in step with `members` by the
-- triggers below), `public` (any member may join), `private` (invited members only), `direct` (the one channel
-- between two members; `direct_key` = the two user ids sorted and joined by ':'). A channel linked to a project
-- (`project_id`) follows that project's visibility as well as its own membership.

-- A TypeID (`ch_01j…`: prefix + UUIDv7 in Crockford base32), as src/platform/ids.ts makes them, for rows made by triggers.
create function new_typeid(prefix text) returns text language plpgsql volatile as $$
declare
  ms    bigint := floor(extract(epoch from clock_timestamp()) * 1000);
  b     bytea := decode(lpad(to_hex(ms), 12, '0'), 'hex') || substring(uuid_send(gen_random_uuid()) from 7 for 10);
  bits  bit(130);
  chars text := '0123456789abcdefghjkmnpqrstvwxyz';
  out   text := '';
begin
  b := set_byte(b, 6, (get_byte(b, 6) & 15) | 112);   -- version 7
  b := set_byte(b, 8, (get_byte(b, 8) & 63) | 128);   -- RFC 4122 variant
  bits := B'00' || ('x' || encode(b, 'hex'))::bit(128);
  for i in 0..25 loop
    out := out || substr(chars, substring(bits from i * 5 + 1 for 5)::int + 1, 1);
  end loop;
  return prefix || '_' || out;
end $$;

create table chat_channels (
  id          text primary key,
  org_id      text not null references organizations(id) on delete cascade,
  kind        text not null check (kind in ('general', 'public', 'private', 'direct')),
  name        text not null,
  topic       text,
  project_id  text references projects(id) on delete set null,
  direct_key  text,
  created_by  text references users(id) on delete set null,
  archived_at timestamptz,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  check ((kind = 'direct') = (direct_key is not null))
);
create unique index chat_channels_general_key on chat_channels (org_id) where kind = 'general';
create unique index chat_channels_direct_key on chat_channels (org_id, direct_key) where kind = 'direct';
create index chat_channels_org_idx on chat_channels (org_id, kind);
create index chat_channels_project_idx on chat_channels (project_id) where project_id is not null;

-- Membership of one user in one channel; leaving the organization removes every membership there.
create table chat_channel_members (
  channel_id           text not null references chat_channels(id) on delete cascade,
  org_id               text not null,
  user_id              text not null,
  joined_at            timestamptz not null default now(),
  -- The caller's read mark: the newest message they have read (ids are time-sortable).
  last_read_message_id text,
  primary key (channel_id, user_id),
  foreign key (org_id, user_id) references members(org_id, user_id) on delete cascade
);
create index chat_channel_members_user_idx on chat_channel_members (user_id, org_id);

create table chat_messages (
  id          text primary key,
  org_id      text not null references organizations(id) on delete cascade,
  channel_id  text not null references chat_channels(id) on delete cascade,
  user_id     text references users(id) on delete set null,
  content     text not null check (char_length(content) between 1 and 4000),
  reply_to_id text references chat_messages(id) on delete set null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
-- chat.messages.list: newest first, keyset on the (time-sortable) id; unread counts: ids above the read mark.
create index chat_messages_channel_idx on chat_messages (channel_id, id desc);

-- One reaction per user, message and emoji.
create table chat_reactions (
  message_id text not null references chat_messages(id) on delete cascade,
  org_id     text not null,
  user_id    text not null references users(id) on delete cascade,
  emoji      text not null,
  created_at timestamptz not null default now(),
  primary key (message_id, emoji, user_id)
);

-- Every organization has its general channel, and every member is in it.
create function chat_general_for_org() returns trigger language plpgsql as $$
begin
  insert into chat_channels (id, org_id, kind, name, created_by)
  values (new_typeid('ch'), new.id, 'general', 'general', new.created_by);
  return new;
end $$;
create trigger organizations_chat_general after insert on organizations
  for each row execute function chat_general_for_org();

create function chat_general_for_member() returns trigger language plpgsql as $$
begin
  insert into chat_channel_members (channel_id, org_id, user_id)
  select c.id, new.org_id, new.user_id from chat_channels c where c.org_id = new.org_id and c.kind = 'general'
  on conflict do nothing;
  return new;
end $$;
create trigger members_chat_general after insert on members
  for each row execute function chat_general_for_member();

-- Existing organizations and members.
insert into chat_channels (id, org_id, kind, name, created_by)
select new_typeid('ch'), o.id, 'general', 'general', o.created_by from organizations o;
insert into chat_channel_members (channel_id, org_id, user_id)
select c.id, m.org_id, m.user_id from members m join chat_channels c on c.org_id = m.org_id and c.kind = 'general';

-- Chat mentions notify (`mentioned` already exists); the notification's entity is the message.
