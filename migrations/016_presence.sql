-- Presence (issue 13): when each user was last seen connected (their last socket closed, or their presence
-- changed). Written by src/domain/presence/announce.ts; presence.list shows it for offline members.
alter table users add column last_seen_at timestamptz;
