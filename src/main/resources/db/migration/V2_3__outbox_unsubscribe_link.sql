-- The one-click unsubscribe link of a message to someone who asked for it (RFC 8058); none for
-- the work mail staff receive.
alter table outbox_message add column unsubscribe_url varchar(2000);
