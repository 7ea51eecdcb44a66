-- Sign-in attempts counted per key ('email:<address>', 'address:<client ip>', 'second-factor:<user>'),
-- one row each, so that checking whether an attempt may go ahead and counting it is one
-- atomic upsert: a parallel burst queues on the row and gets no extra guesses. Replaces the
-- log of single failures, which was checked and written in separate statements.
drop table sign_in_failure;

create table sign_in_counter (
    key         text        primary key,
    threshold   integer     not null,
    failures    integer     not null,
    latest_at   timestamptz not null,
    allowed     boolean     not null
);

create index sign_in_counter_latest on sign_in_counter (latest_at);
