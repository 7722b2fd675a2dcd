alter table meeting add column cancelled_at timestamp with time zone;
alter table meeting add column cancellation_reason varchar(1000);
