/**
 * The board query of issue 10: a project with its groups, their tasks and the ungrouped ones, each task with what a
 * card shows (labels, checklist, comment count, dependencies, milestone). bench/board.ts times it against the REST
 * calls for the same data; test/graphql/board.test.ts checks that its SQL statements do not grow with the tasks.
 * Page sizes fit a board of up to 10 groups of 50 tasks and 50 ungrouped; the cost limit counts them (limits.ts).
 */
export const BOARD_QUERY = `query Board($id: ID!) {
  project(id: $id) {
    id name
    task_groups(perPage: 10) { data { id name position tasks(perPage: 50) { data { ...Card } } } }
    ungrouped_tasks(perPage: 50) { data { ...Card } }
  }
}
fragment Card on Task {
  id title status priority position group_id due_date assignee_ids
  labels { id name color }
  milestone { id title }
  checklist(perPage: 10) { data { id title completed } }
  comment_count
  dependencies { blocked_by { task_id } blocks { task_id } }
}`;
