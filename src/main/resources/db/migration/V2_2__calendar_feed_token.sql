-- Each member of staff's link to the calendar feed of their tasks: only a SHA-256 of the secret in
-- the link is kept, so the link is shown once, when it is made, and a reset makes the old one fail.
create table calendar_feed_token (
    user_id              varchar(64)   primary key,
    token_sha256         varchar(64)   not null unique,
    created_at           timestamp with time zone not null
);
