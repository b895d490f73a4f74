-- Applying an import runs on the server after the request that asked for it, in one
-- transaction holding an advisory lock on the import (class 9, the import's id), which the
-- import's page looks for to show that it is being applied. An apply that ended without
-- writing anything says why on the page: the checks found problems again (`changed`), a
-- member could not be moved after all (`stale`), the server failed (`failed`), or it was
-- cut off (`interrupted`, written when it starts and cleared when it ends).
alter table imports add column apply_failure text
    constraint imports_apply_failure_check
    check (apply_failure in ('changed', 'stale', 'failed', 'interrupted'));

-- The problems of an import name each sheet as the workbook does ("Sheet1"), when it has
-- one; a CSV's are named as the template's.
alter table imports add column sheet_names jsonb not null default '{}';

-- A one-time password logs in for a limited time after its list is drawn.
alter table accounts add column one_time_issued_at timestamptz;
