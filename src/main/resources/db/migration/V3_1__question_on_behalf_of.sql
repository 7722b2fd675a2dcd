-- A question asked on someone else's behalf names them; it is published as "Name (on behalf of Other)".
alter table public_question add column on_behalf_of varchar(100);
