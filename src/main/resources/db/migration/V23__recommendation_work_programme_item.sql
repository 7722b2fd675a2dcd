-- A recommendation the committee made to itself is linked to the work programme item it became.
alter table recommendation add column work_programme_item_id bigint;
