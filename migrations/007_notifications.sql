-- Notifications (issue 11): rows for one recipient in one organization, made in the transaction of their cause
-- (src/domain/notifications/notify.ts), and each user's mail preferences per notification type.
-- A member who leaves the organization loses its notifications there (the foreign key onto members).

create table notifications (
  id          text primary key,
  org_id      text not null,
  user_id     text not null,
  type        text not null check (type in ('task_assigned', 'task_status_changed', 'task_commented', 'mentioned')),
  title       text not null,
  entity_type text not null,
  entity_id   text not null,
  actor_id    text references users(id) on delete set null,
  created_at  timestamptz not null default now(),
  read_at     timestamptz,
  foreign key (org_id, user_id) references members(org_id, user_id) on delete cascade
);
-- notifications.list: the recipient's, newest first; the unread count.
create index notifications_recipient_idx on notifications (user_id, org_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (user_id, org_id) where read_at is null;

-- Mail per notification type: {"task_assigned": false, ...}; a type not named mails (the default is on).
create table notification_preferences (
  user_id    text primary key references users(id) on delete cascade,
  email      jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now()
);
