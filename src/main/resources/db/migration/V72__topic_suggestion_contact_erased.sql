-- When the suggester's name, email and town were erased, the configured time after the outcome.
alter table topic_suggestion add column contact_erased_at timestamp with time zone;
