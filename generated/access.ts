// Generated from specs/schemas (Role, Permission, x-permission on entity fields) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from './operations.js';

/** Every permission an operation or a field can require (`Permission`). */
export const PERMISSIONS = ["manage_org","manage_members","manage_projects","manage_tasks","track_time","manage_time","view_rates","manage_clients","manage_invoices","view_reports","view_audit"] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The member roles (`Role`). */
export const ROLES = ["owner","admin","manager","member","viewer"] as const;

export type Role = (typeof ROLES)[number];

/** Each role's default permissions (`x-role-permissions`); per-member overrides add or remove. */
export const ROLE_PERMISSIONS = {
  "owner": [
    "manage_org",
    "manage_members",
    "manage_projects",
    "manage_tasks",
    "track_time",
    "manage_time",
    "view_rates",
    "manage_clients",
    "manage_invoices",
    "view_reports",
    "view_audit"
  ],
  "admin": [
    "manage_org",
    "manage_members",
    "manage_projects",
    "manage_tasks",
    "track_time",
    "manage_time",
    "view_rates",
    "manage_clients",
    "manage_invoices",
    "view_reports",
    "view_audit"
  ],
  "manager": [
    "manage_projects",
    "manage_tasks",
    "track_time",
    "manage_time",
    "view_rates",
    "manage_clients",
    "manage_invoices",
    "view_reports"
  ],
  "member": [
    "manage_tasks",
    "track_time"
  ],
  "viewer": []
} as const satisfies Record<Role, readonly Permission[]>;

/** Entity fields a reader sees only with a permission (else `null`): schema → field → permission. */
export const GATED_FIELDS = {
  "Member": {
    "hourly_rate_cents": "view_rates",
    "cost_rate_cents": "view_rates"
  },
  "Project": {
    "hourly_rate_cents": "view_rates"
  },
  "ProjectMember": {
    "hourly_rate_cents": "view_rates",
    "cost_rate_cents": "view_rates"
  },
  "TimeEntry": {
    "hourly_rate_cents": "view_rates",
    "effective_hourly_rate_cents": "view_rates",
    "effective_rate_source": "view_rates",
    "cost_rate_cents": "view_rates",
    "amount_cents": "view_rates"
  },
  "TimesheetTotals": {
    "amount_cents": "view_rates"
  },
  "TimesheetGroup": {
    "amount_cents": "view_rates"
  },
  "TimesheetEntry": {
    "effective_hourly_rate_cents": "view_rates",
    "amount_cents": "view_rates"
  }
} as const satisfies Record<string, Record<string, Permission>>;

export type GatedSchema = keyof typeof GATED_FIELDS;

/** Where gated entities sit in each operation's success body (`*`: every item of a list). */
export const OUTPUT_GATES: Partial<Record<OperationName, readonly { readonly path: readonly string[]; readonly schema: GatedSchema }[]>> = {
  "dashboard.summary": [
    {
      "path": [
        "data",
        "running_timer"
      ],
      "schema": "TimeEntry"
    }
  ],
  "invitations.accept": [
    {
      "path": [
        "data"
      ],
      "schema": "Member"
    }
  ],
  "members.list": [
    {
      "path": [
        "data",
        "*"
      ],
      "schema": "Member"
    }
  ],
  "members.update": [
    {
      "path": [
        "data"
      ],
      "schema": "Member"
    }
  ],
  "projects.create": [
    {
      "path": [
        "data"
      ],
      "schema": "Project"
    }
  ],
  "projects.get": [
    {
      "path": [
        "data"
      ],
      "schema": "Project"
    }
  ],
  "projects.list": [
    {
      "path": [
        "data",
        "*"
      ],
      "schema": "Project"
    }
  ],
  "projects.members.add": [
    {
      "path": [
        "data"
      ],
      "schema": "ProjectMember"
    }
  ],
  "projects.members.list": [
    {
      "path": [
        "data",
        "*"
      ],
      "schema": "ProjectMember"
    }
  ],
  "projects.members.update": [
    {
      "path": [
        "data"
      ],
      "schema": "ProjectMember"
    }
  ],
  "projects.update": [
    {
      "path": [
        "data"
      ],
      "schema": "Project"
    }
  ],
  "reports.timesheet": [
    {
      "path": [
        "data",
        "totals"
      ],
      "schema": "TimesheetTotals"
    },
    {
      "path": [
        "data",
        "groups",
        "*"
      ],
      "schema": "TimesheetGroup"
    },
    {
      "path": [
        "data",
        "entries",
        "*"
      ],
      "schema": "TimesheetEntry"
    }
  ],
  "time_entries.create": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.current": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.get": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.list": [
    {
      "path": [
        "data",
        "*"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.start": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.stop": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ],
  "time_entries.update": [
    {
      "path": [
        "data"
      ],
      "schema": "TimeEntry"
    }
  ]
};
