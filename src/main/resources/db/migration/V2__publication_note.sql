-- What is known about a publication beyond its fields: a date known only to the month, an agency not named on
-- the page, a figure that was read elsewhere.
alter table publication add column note varchar(4000);
