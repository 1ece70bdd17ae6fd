-- A deleted account stays as a bare id (its learning records and posts point to it), with the time of deletion (owner: identity)
alter table user_account add column deleted_at timestamp with time zone;
