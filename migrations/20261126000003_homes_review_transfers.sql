-- Homes, review and transfers.

-- Names folded for search: lower case, without Vietnamese tone marks and with đ → d, so
-- that "nguyen thi hoa" finds "Nguyễn Thị Hoa" (the query is folded the same way).
create function fold_vi(text) returns text language sql immutable parallel safe as $$
    select translate(lower($1),
        'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')
$$;
alter table members add column name_folded text generated always as (fold_vi(full_name)) stored;
create index members_name_folded_idx on members (name_folded text_pattern_ops);

-- History: a member's move to another cell, carried by their plan.
alter table plan_events drop constraint plan_events_action_check;
alter table plan_events add constraint plan_events_action_check check (action in (
    'create', 'submit', 'withdraw', 'return', 'approve', 'amend', 'comment',
    'edit', 'add_item', 'edit_item', 'remove_item', 'move_item', 'transfer'));
-- Comments on one item are found by the item.
create index plan_events_item_idx on plan_events (((details ->> 'item_id')::bigint))
    where details ? 'item_id';

-- Units sit only where the rules allow (mirrors OrgKind::may_be_under; a test compares).
create function org_kind_may_be_under(kind text, parent_kind text) returns boolean
language sql immutable as $$
    select coalesce(case
        when kind = 'province' then parent_kind is null
        when kind = 'upper_committee' then parent_kind = 'province'
        when kind in ('grassroots_party', 'grassroots_cell')
            then parent_kind in ('upper_committee', 'province')
        when kind = 'branch_party' then parent_kind = 'grassroots_party'
        when kind = 'cell' then parent_kind in ('grassroots_party', 'branch_party')
        else false
    end, false)
$$;
create function org_units_check_parent() returns trigger language plpgsql as $$
declare
    parent_kind text;
begin
    select kind into parent_kind from org_units where id = new.parent_id;
    if not org_kind_may_be_under(new.kind, parent_kind) then
        raise exception 'a % cannot sit under a %', new.kind, coalesce(parent_kind, 'nothing')
            using errcode = 'check_violation', constraint = 'org_units_parent_kind_check';
    end if;
    return new;
end $$;
create trigger org_units_parent_kind before insert or update of kind, parent_id on org_units
    for each row execute function org_units_check_parent();

-- Lookups the tree pages and homes make.
create index cell_memberships_member_idx on cell_memberships (member_id, valid_from);
create index plans_member_year_idx on plans (member_id, year) where kind = 'personal';
