-- A recommendation resolved in a meeting's minutes is known by its meeting, minute and number, so
-- minutes completed again never record it twice; one taken out of the minutes before it was sent is
-- withdrawn with the reason; one resolved in an exempt item is kept from the public tracker.
alter table recommendation add column minute_number int;
alter table recommendation add column withdrawn_reason varchar(4000);
alter table recommendation add column exempt boolean default false not null;
create unique index recommendation_minute on recommendation (meeting_id, minute_number, number);
