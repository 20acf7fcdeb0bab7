/** Page-number pagination shared by every list (DESIGN §3: page from 1, per_page default 25, max 100). */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

export interface PageRequest {
  page: number;
  perPage: number;
  offset: number;
}

export interface Pagination {
  total: number;
  page: number;
  per_page: number;
  total_pages: number;
}

export function pageRequest(input: { page?: number | undefined; per_page?: number | undefined }): PageRequest {
  const page = Math.max(1, Math.trunc(input.page ?? 1));
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(input.per_page ?? DEFAULT_PER_PAGE)));
  return { page, perPage, offset: (page - 1) * perPage };
}

export function pagination(total: number, req: PageRequest): Pagination {
  return { total, page: req.page, per_page: req.perPage, total_pages: Math.ceil(total / req.perPage) };
}

/**
 * The page of a list query that counts its matches with a window (`count(*) over () as total` on
 * every row, so one statement answers). An empty page carries no total: then `check` may explain
 * why (a filter naming something outside the organization is NOT_FOUND), and a page past the end
 * counts the matches separately (`count`, rarely run).
 */
export async function windowPage<R extends { total: number | string }>(
  rows: readonly R[],
  page: PageRequest,
  onEmpty: { check?: () => Promise<void>; count: () => Promise<number> },
): Promise<{ rows: readonly R[]; pagination: Pagination }> {
  if (rows.length > 0) return { rows, pagination: pagination(Number(rows[0]!.total), page) };
  await onEmpty.check?.();
  const total = page.offset > 0 ? await onEmpty.count() : 0;
  return { rows, pagination: pagination(total, page) };
}
