-- The day an action came into the plan, so that a report as of an earlier day leaves it out.
alter table improvement_action add column created_on date;
update improvement_action set created_on = (select min(u.updated_on) from improvement_update u where u.action_id = improvement_action.id);
update improvement_action set created_on = current_date where created_on is null;
