-- How a metric's values combine over time: MEAN for rates, shares and levels, SUM for totals over a period.
alter table metric add column aggregation varchar(8) default 'MEAN' not null;
