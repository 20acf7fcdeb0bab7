-- A WebSocket ticket is bound to the session (refresh-token family, the access token's `sid`) it was issued in and
-- to that access token's expiry: the connection it opens ends when the session is revoked or the token expires.
alter table ws_tickets add column session_id text;
alter table ws_tickets add column credential_expires_at timestamptz;
