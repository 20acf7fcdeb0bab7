// Generated from specs/asyncapi/relay-socket.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

/** Topic prefix of the knowledge channel (`knowledge:{team_id}`). */
export const KNOWLEDGE_TOPIC_PREFIX = "knowledge:";

/** Event names of the knowledge channel's messages, by message id. */
export const KNOWLEDGE_EVENTS = {
  "join": "phx_join",
  "joinReply": "phx_reply",
  "push": "knowledge:push",
  "pushReply": "phx_reply",
  "errorReply": "phx_reply",
  "updated": "knowledge:updated"
} as const;

/** Documented reply reasons, by client event. */
export const REPLY_REASONS = {
  "join": [
    "not_found",
    "unmatched topic",
    "too many channels joined"
  ],
  "knowledge:push": [
    "missing content",
    "rate_limited",
    "not_found",
    "content_too_large",
    "update_failed"
  ]
} as const;

export type JoinReason = (typeof REPLY_REASONS)['join'][number];
export type PushReason = (typeof REPLY_REASONS)['knowledge:push'][number];
