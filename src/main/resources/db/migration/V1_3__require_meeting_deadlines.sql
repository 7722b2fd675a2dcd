alter table meeting alter column question_deadline set not null;
alter table meeting alter column report_deadline set not null;
alter table meeting alter column agenda_publication_date set not null;
