-- The fingerprint of the shipped dataset files at their last complete load: a start with the same files loads nothing.
create table dataset_state (
    id integer primary key,
    fingerprint varchar(64) not null,
    loaded_at timestamp with time zone not null
);
