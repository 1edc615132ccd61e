-- The fourth dimension of a series: the group of people a figure is about (patients of an age, women, residents
-- without a treating physician...). ALL, everyone, is what every series had before; the reference data names it.
create table population (
    code varchar(64) primary key,
    label varchar(300) not null,
    parent_code varchar(64) references population (code)
);

insert into population (code, label) values ('ALL', 'Everyone');

alter table series add column population_code varchar(64) default 'ALL' not null;
alter table series add constraint series_population foreign key (population_code) references population (code);

-- A series is one metric, specialty, geography and population.
alter table series drop constraint series_dimensions;
alter table series add constraint series_dimensions unique (metric_code, specialty_code, geography_code, population_code);
