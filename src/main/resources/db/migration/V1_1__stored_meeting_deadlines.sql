-- A meeting keeps the deadlines it was announced with. Democratic services may set any of them by
-- hand, with a reason; the rules then leave that deadline alone until it is cleared.
-- V1_2 (BackfillMeetingDeadlines) stores the deadlines of existing meetings; V1_3 then requires them.
alter table meeting add column question_deadline timestamp;
alter table meeting add column report_deadline date;
alter table meeting add column agenda_publication_date date;
alter table meeting add column question_deadline_overridden boolean default false not null;
alter table meeting add column report_deadline_overridden boolean default false not null;
alter table meeting add column agenda_publication_overridden boolean default false not null;
alter table meeting add column deadline_override_reason varchar(1000);
