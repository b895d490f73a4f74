-- Applying an import runs on the server after the request that asked for it, in one
-- transaction holding an advisory lock on the import (class 9, the import's id), which the
-- import's page looks for to show that it is being applied. An apply that ended without
-- writing anything says why on the page: the tree changed since the check (`changed`), or
-- the server failed (`failed`).
alter table imports add column apply_failure text
    constraint imports_apply_failure_check check (apply_failure in ('changed', 'failed'));

-- The problems of an import name each sheet as the workbook does ("Sheet1"), when it has
-- one; a CSV's are named as the template's.
alter table imports add column sheet_names jsonb not null default '{}';
