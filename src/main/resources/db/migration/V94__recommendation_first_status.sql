-- Where a recommendation stood when it was recorded, so that a report as of a day before its first
-- review says so.
alter table improvement_recommendation add column first_status varchar(16);
update improvement_recommendation set first_status = status;
