-- Project members and private projects (issue 11). A project is visible to its whole organization
-- (`organization`, as before) or only to its members and to holders of manage_projects (`members`).
-- Leaving the organization ends every project membership there (the foreign key onto members).

alter table projects add column visibility text not null default 'organization'
  check (visibility in ('organization', 'members'));
create index projects_private_idx on projects (org_id) where visibility = 'members';

create table project_members (
  id          text primary key,
  project_id  text not null references projects(id) on delete cascade,
  org_id      text not null,
  user_id     text not null,
  role        text not null default 'member' check (role in ('lead', 'member')),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  unique (project_id, user_id),
  foreign key (org_id, user_id) references members(org_id, user_id) on delete cascade
);
create index project_members_user_idx on project_members (user_id, project_id);

-- Who may receive an event besides holders of manage_projects (the members of the members-only project
-- its entity lives in, computed at commit); null = everyone the organization and user_id allow. Kept with
-- the event so that instances catching up from this table judge it as the live path does.
alter table events add column audience text[];
