-- Core model: reference data, series, publications and their observations.
-- Portable SQL: runs on H2 (the embedded default) and on PostgreSQL.

create table organization (
    code varchar(64) primary key,
    name varchar(300) not null,
    kind varchar(32) not null,
    url varchar(1000)
);

create table metric (
    code varchar(64) primary key,
    name varchar(300) not null,
    unit varchar(16) not null,
    definition varchar(4000) not null
);

create table specialty (
    code varchar(64) primary key,
    label varchar(300) not null,
    parent_code varchar(64) references specialty (code)
);

create table geography (
    code varchar(16) primary key,
    label varchar(300) not null,
    level varchar(16) not null,
    parent_code varchar(16) references geography (code)
);

create table named_period (
    code varchar(64) primary key,
    label varchar(300) not null,
    start_date date not null,
    end_date date not null,
    description varchar(4000),
    constraint named_period_dates check (end_date >= start_date)
);

create table series (
    series_key varchar(200) primary key,
    metric_code varchar(64) not null references metric (code),
    specialty_code varchar(64) not null references specialty (code),
    geography_code varchar(16) not null references geography (code),
    constraint series_dimensions unique (metric_code, specialty_code, geography_code)
);

create table publication (
    id varchar(100) primary key,
    publisher_code varchar(64) not null references organization (code),
    title varchar(1000),
    published_on date,
    updated_on date,
    authors varchar(1000),
    language varchar(8),
    url varchar(2000),
    content_hash varchar(64) not null,
    imported_at timestamp with time zone not null
);

create table observation (
    id varchar(40) primary key,
    series_key varchar(200) not null references series (series_key),
    period_start date not null,
    period_end date not null,
    period_granularity varchar(16) not null,
    obs_value double precision not null,
    low_value double precision,
    high_value double precision,
    qualifier varchar(16) not null,
    source_code varchar(64) not null references organization (code),
    publication_id varchar(100) not null references publication (id) on delete cascade,
    quote varchar(4000),
    note varchar(4000),
    constraint observation_period check (period_end >= period_start),
    constraint observation_range check (qualifier <> 'RANGE' or (low_value is not null and high_value is not null
        and low_value <= high_value))
);

-- The default order (period start, series key, id) is also the keyset of cursor pagination.
create index observation_by_start on observation (period_start, series_key, id);
create index observation_by_series on observation (series_key, period_start);
create index observation_by_publication on observation (publication_id);
create index observation_by_source on observation (source_code);
create index publication_by_publisher on publication (publisher_code);
