-- The groups who may see a message in the outbox, comma-separated, when it concerns a process that
-- only some groups may see (IRO disputes); empty means administrators only, null everyone who reads the outbox.
alter table outbox_message add column audience varchar(1000);
