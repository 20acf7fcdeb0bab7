-- The audit log (issue 13): one row per successful mutation, written by execute() (src/domain/audit/record.ts)
-- in its own transaction after the operation's commit. Rows outlive their organization and user: no foreign
-- keys, so deleting an organization or a user leaves its history. Rows are never changed or deleted: the
-- triggers below refuse UPDATE, DELETE and TRUNCATE for every role, the application's included.
create table audit_log (
  id          text primary key default new_typeid('aud'),
  org_id      text,
  user_id     text,
  pat_id      text,
  transport   text not null check (transport in ('rest', 'ws', 'graphql', 'mcp')),
  action      text not null,
  entity_type text,
  entity_id   text,
  changes     jsonb,
  ip          text,
  user_agent  text,
  request_id  text,
  created_at  timestamptz not null default now()
);

-- audit.list: one organization, newest first (ties by id), and its filters.
create index audit_log_org_created on audit_log (org_id, created_at desc, id desc);
create index audit_log_org_user on audit_log (org_id, user_id, created_at desc, id desc);
create index audit_log_org_action on audit_log (org_id, action, created_at desc, id desc);
create index audit_log_org_entity on audit_log (org_id, entity_type, entity_id, created_at desc, id desc);

create function audit_log_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op
    using errcode = 'insufficient_privilege', hint = 'Audit rows can be inserted, never changed or deleted.';
end $$;

create trigger audit_log_no_update_delete before update or delete on audit_log
  for each row execute function audit_log_immutable();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_immutable();
