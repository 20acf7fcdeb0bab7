-- Reports (issue 12): every report first aggregates an organization's entries of a range by what their rates depend
-- on (organization, project, user, own override, billed rate, billable), then joins the rates to those few rows
-- (src/domain/reports/scope.ts entryAggregate). PostgreSQL estimates the number of such groups as the product of
-- the columns' distinct counts (hundreds of thousands for a month of a busy organization) and then sorts a million
-- rows to disk instead of hashing them; these statistics tell it how many combinations really exist.
create statistics if not exists time_entries_rate_keys (ndistinct)
  on org_id, project_id, user_id, hourly_rate_cents, billed_rate_cents, billable from time_entries;
analyze time_entries;
