-- What the questions supplement's latest version was built from (a SHA-256 of its questions and
-- answers), so that a publication with nothing new adds no version.
alter table agenda_supplement add column content_sha varchar(64);
