-- Slices by series dimensions (metric, specialty, geography) and dates: for each matching series, the index alone
-- tells which observations overlap the dates and in what order, so a page reads only its own rows.
-- It starts with the columns of observation_by_series, which it replaces.
create index observation_by_series_period on observation (series_key, period_start, period_end, id);
drop index observation_by_series;
