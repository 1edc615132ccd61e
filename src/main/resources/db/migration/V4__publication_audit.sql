-- Who wrote each publication and when: its last import (creation or replacement as one unit), and its last change of
-- any kind (an import, or a correction of one of its observations).
alter table publication add column imported_by varchar(200) default 'dataset' not null;
alter table publication add column changed_at timestamp with time zone;
alter table publication add column changed_by varchar(200);
update publication set changed_at = imported_at, changed_by = imported_by;
alter table publication alter column changed_at set not null;
alter table publication alter column changed_by set not null;
