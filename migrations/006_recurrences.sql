-- Recurring tasks (issue 11) and the job queue's needs. The queue itself (graphile-worker) installs and
-- upgrades its own schema `graphile_worker` at start (src/platform/jobs.ts), not through these files.

-- A task that repeats: its recurrence is the rule; each occurrence creates a copy of the task (an instance).
-- One recurrence per task. Deleting the task deletes its recurrence; deleting the recurrence keeps the
-- instances (their recurrence_id is cleared).
create table task_recurrences (
  id                  text primary key,
  org_id              text not null references organizations(id) on delete cascade,
  task_id             text not null unique references tasks(id) on delete cascade,
  recurrence_pattern  text not null,
  -- The organization's time zone the pattern was last evaluated in.
  timezone            text not null,
  next_run_at         timestamptz not null,
  last_run_at         timestamptz,
  occurrences_created integer not null default 0,
  created_by          text references users(id) on delete set null,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now()
);
create index task_recurrences_org_idx on task_recurrences (org_id);

-- An instance knows its recurrence and the occurrence (instant) it was created for: each occurrence at most once.
alter table tasks
  add column recurrence_id text references task_recurrences(id) on delete set null,
  add column recurrence_occurrence timestamptz,
  add constraint tasks_recurrence_occurrence_key unique (recurrence_id, recurrence_occurrence);

-- Mail delivery runs as jobs: a failed message waits until next_attempt_at (backoff) before the next try,
-- whichever instance runs the retry.
alter table mail_outbox add column next_attempt_at timestamptz;
