-- The task query's authorization check reads the resources granted to the person, then those granted
-- to their groups, of one resource type (identity.TaskQueryByExists). With the type, the permissions
-- and the resource in the index, each read is answered from the index without visiting the table.
create index if not exists scr_idx_auth_person_grants on ${engine_tables}act_ru_authorization (user_id_, resource_type_)
    include (type_, perms_, resource_id_) where user_id_ is not null;
create index if not exists scr_idx_auth_group_grants on ${engine_tables}act_ru_authorization (group_id_, resource_type_)
    include (type_, perms_, resource_id_) where group_id_ is not null;
