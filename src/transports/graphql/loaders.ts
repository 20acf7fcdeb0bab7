/**
 * Request-scoped DataLoaders for GraphQL's nested fields. Each loader batches the keys asked for in
 * one tick into one call of a src/domain/graph batch function (one SQL statement), and caches per
 * request. Loaders are per organization (every batch is scoped to one) and, for fields with
 * arguments, per distinct argument values.
 */
import DataLoader from 'dataloader';
import type { Member, Project, Task, TimeEntry, User } from '../../../generated/models.js';
import {
  clientsByIds,
  membersOfOrgs,
  projectsByIds,
  projectStats,
  tasksByIds,
  tasksOfProjects,
  timeEntriesOfProjects,
  usersByIds,
  type ClientRef,
  type ProjectStats,
} from '../../domain/graph/batches.js';
import type { Sql } from '../../platform/db.js';

export class GraphLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: Sql,
    /** The caller (null when anonymous: nested fields are never reached then). */
    private readonly callerId: string | null,
  ) {}

  /** The loader named `key`, created on first use. */
  private get<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  project(orgId: string): DataLoader<string, Project | null> {
    return this.get(`project:${orgId}`, (ids) => projectsByIds(this.db, orgId, ids));
  }

  task(orgId: string): DataLoader<string, Task | null> {
    return this.get(`task:${orgId}`, (ids) => tasksByIds(this.db, orgId, ids));
  }

  client(orgId: string): DataLoader<string, ClientRef | null> {
    return this.get(`client:${orgId}`, (ids) => clientsByIds(this.db, orgId, ids));
  }

  user(orgId: string): DataLoader<string, User | null> {
    return this.get(`user:${orgId}`, (ids) => usersByIds(this.db, orgId, ids));
  }

  projectStats(orgId: string): DataLoader<string, ProjectStats> {
    return this.get(`stats:${orgId}`, (ids) => projectStats(this.db, orgId, ids));
  }

  tasksOfProject(orgId: string, status: string | null | undefined): DataLoader<string, Task[]> {
    return this.get(`tasksOf:${orgId}:${status ?? ''}`, (ids) => tasksOfProjects(this.db, orgId, ids, { status }));
  }

  timeEntriesOfProject(orgId: string, from: string | null | undefined, to: string | null | undefined): DataLoader<string, TimeEntry[]> {
    return this.get(`entriesOf:${orgId}:${from ?? ''}:${to ?? ''}`, (ids) => timeEntriesOfProjects(this.db, orgId, ids, { from, to }));
  }

  /** Members of an organization the caller belongs to. */
  membersOfOrg(): DataLoader<string, Member[]> {
    return this.get('membersOf', (ids) => (this.callerId ? membersOfOrgs(this.db, this.callerId, ids) : Promise.resolve(ids.map(() => []))));
  }
}
