-- Who gave a response (full Council, a partner body, an officer or the cabinet member), and the
-- words an imported tracker stated its decision in ("Accepted in part", "Cabinet acknowledged").
alter table recommendation add column responded_by varchar(255);
alter table recommendation add column response_wording varchar(255);
