-- Task detail and boards: custom statuses, labels, milestones, task groups, comments, checklists,
-- dependencies, per-user collapsed state. Every row carries org_id; deleting a project or a task removes
-- what hangs off it (foreign keys with on delete cascade), so nothing is left orphaned.

-- A TypeID (`<prefix>_<UUIDv7 in Crockford base32>`, as src/platform/ids.ts makes them) for rows created in SQL:
-- the default statuses of every organization.
create or replace function trcr_typeid(prefix text) returns text language plpgsql volatile as $$
declare
  alphabet constant text := '0123456789abcdefghjkmnpqrstvwxyz';
  ms bigint := floor(extract(epoch from clock_timestamp()) * 1000);
  r bit(128) := ('x' || replace(gen_random_uuid()::text, '-', ''))::bit(128);
  bits bit(130);
  result text := '';
begin
  -- 2 padding bits, 48-bit time, version 7, 12 random bits, variant 10, 62 random bits.
  bits := B'00' || ms::bit(48) || B'0111' || substring(r from 1 for 12) || B'10' || substring(r from 13 for 62);
  for i in 0..25 loop
    result := result || substr(alphabet, 1 + substring(bits from i * 5 + 1 for 5)::int, 1);
  end loop;
  return prefix || '_' || result;
end $$;

create table task_statuses (
  id         text primary key,
  org_id     text not null references organizations(id) on delete cascade,
  code       text not null check (code ~ '^[a-z][a-z0-9_]{0,31}$'),
  label      text not null,
  color      text not null,
  category   text not null check (category in ('todo', 'in_progress', 'done', 'cancelled')),
  position   integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, code)
);
create index task_statuses_org_idx on task_statuses (org_id, position);

-- The five statuses tasks have always used, for every organization: existing ones now, new ones on insert.
create or replace function trcr_default_task_statuses(org text) returns void language sql as $$
  insert into task_statuses (id, org_id, code, label, color, category, position)
  select trcr_typeid('sts'), org, s.code, s.label, s.color, s.category, s.position
  from (values
    ('open', 'Open', '#94a3b8', 'todo', 0),
    ('in_progress', 'In progress', '#3b82f6', 'in_progress', 1),
    ('review', 'Review', '#f59e0b', 'in_progress', 2),
    ('done', 'Done', '#22c55e', 'done', 3),
    ('cancelled', 'Cancelled', '#ef4444', 'cancelled', 4)
  ) as s(code, label, color, category, position)
  on conflict (org_id, code) do nothing;
$$;
create or replace function trcr_org_default_statuses() returns trigger language plpgsql as $$
begin
  perform trcr_default_task_statuses(new.id);
  return new;
end $$;
create trigger organizations_default_statuses after insert on organizations
  for each row execute function trcr_org_default_statuses();
select trcr_default_task_statuses(id) from organizations;

create table labels (
  id         text primary key,
  org_id     text not null references organizations(id) on delete cascade,
  name       text not null,
  color      text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index labels_org_name_idx on labels (org_id, lower(name));

create table task_labels (
  task_id  text not null references tasks(id) on delete cascade,
  label_id text not null references labels(id) on delete cascade,
  org_id   text not null references organizations(id) on delete cascade,
  primary key (task_id, label_id)
);
create index task_labels_label_idx on task_labels (label_id);

create table milestones (
  id          text primary key,
  org_id      text not null references organizations(id) on delete cascade,
  project_id  text not null references projects(id) on delete cascade,
  title       text not null,
  description text,
  target_date date not null,
  color       text not null default '#6366f1',
  created_by  text references users(id) on delete set null,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index milestones_project_idx on milestones (project_id, target_date);

create table task_groups (
  id         text primary key,
  org_id     text not null references organizations(id) on delete cascade,
  project_id text not null references projects(id) on delete cascade,
  name       text not null,
  position   integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index task_groups_project_idx on task_groups (project_id, position);

-- Per user: which groups they folded away, which projects they folded in the sidebar.
create table task_group_collapsed (
  user_id  text not null references users(id) on delete cascade,
  group_id text not null references task_groups(id) on delete cascade,
  primary key (user_id, group_id)
);
create table sidebar_collapsed (
  user_id    text not null references users(id) on delete cascade,
  org_id     text not null references organizations(id) on delete cascade,
  project_id text not null references projects(id) on delete cascade,
  primary key (user_id, project_id)
);
create index sidebar_collapsed_org_idx on sidebar_collapsed (user_id, org_id);

alter table tasks
  add column group_id text references task_groups(id) on delete set null,
  add column milestone_id text references milestones(id) on delete set null;
create index tasks_group_position_idx on tasks (project_id, group_id, position);
create index tasks_milestone_idx on tasks (milestone_id) where milestone_id is not null;

-- Positions become the 0-based index among the project's tasks of the same group (all ungrouped so far).
update tasks t set position = r.rn - 1
from (select id, row_number() over (partition by project_id order by position, created_at, id) as rn from tasks) r
where r.id = t.id;

create table task_comments (
  id         text primary key,
  org_id     text not null references organizations(id) on delete cascade,
  task_id    text not null references tasks(id) on delete cascade,
  author_id  text references users(id) on delete set null,
  body       text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index task_comments_task_idx on task_comments (task_id, created_at, id);

create table task_checklist_items (
  id           text primary key,
  org_id       text not null references organizations(id) on delete cascade,
  task_id      text not null references tasks(id) on delete cascade,
  title        text not null,
  position     integer not null,
  completed    boolean not null default false,
  completed_by text references users(id) on delete set null,
  completed_at timestamptz,
  created_by   text references users(id) on delete set null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index task_checklist_items_task_idx on task_checklist_items (task_id, position);

-- An edge: task_id waits for (is blocked by) depends_on_id.
create table task_dependencies (
  id            text primary key,
  org_id        text not null references organizations(id) on delete cascade,
  task_id       text not null references tasks(id) on delete cascade,
  depends_on_id text not null references tasks(id) on delete cascade,
  created_by    text references users(id) on delete set null,
  created_at    timestamptz not null default now(),
  constraint task_dependencies_not_self check (task_id <> depends_on_id),
  unique (task_id, depends_on_id)
);
create index task_dependencies_org_idx on task_dependencies (org_id);
create index task_dependencies_depends_on_idx on task_dependencies (depends_on_id);
