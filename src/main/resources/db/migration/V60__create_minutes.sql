-- A meeting's minutes: what the clerk recorded (attendance, declarations, each item's minute with
-- its resolutions, recommendations and actions) as one JSON document, where they stand, and the
-- chair's approval and the next meeting's confirmation.
create table minutes (
    meeting_id           bigint primary key,
    committee_id         varchar(64)      not null,
    meeting_date         date             not null,
    body                 varchar(1000000) not null,
    status               varchar(32)      not null,
    chair_comments       varchar(10000),
    correction_reason    varchar(4000),
    recorded_by          varchar(255),
    recorded_at          timestamp with time zone not null,
    completed_at         timestamp with time zone,
    approved_by          varchar(255),
    approved_at          timestamp with time zone,
    confirmed_at         timestamp with time zone,
    confirmed_at_meeting bigint,
    amendments           varchar(10000),
    version              bigint           not null
);

create index minutes_committee_year on minutes (committee_id, meeting_date);
