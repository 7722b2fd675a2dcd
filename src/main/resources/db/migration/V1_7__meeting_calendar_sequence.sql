-- How many times a meeting's time, place or status has changed since it was scheduled: the SEQUENCE
-- of its event in the calendar feeds, so that a calendar that holds the event replaces it.
alter table meeting add column calendar_sequence integer default 0 not null;
