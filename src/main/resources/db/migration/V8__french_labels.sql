-- Every human-readable text of the reference data in French beside the English one (the request's language picks
-- one). Filled from dataset/reference.yaml; an organisation's French name is null where it is the same in both.
alter table organization add column name_fr varchar(300);
alter table metric add column name_fr varchar(300);
alter table metric add column definition_fr varchar(4000);
alter table specialty add column label_fr varchar(300);
alter table geography add column label_fr varchar(300);
alter table population add column label_fr varchar(300);
alter table named_period add column label_fr varchar(300);
alter table named_period add column description_fr varchar(4000);
