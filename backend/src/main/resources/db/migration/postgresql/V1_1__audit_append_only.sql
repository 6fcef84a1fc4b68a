-- The audit log is append-only at the database level too: no row can be changed or removed.
create or replace function audit_entry_immutable() returns trigger as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$ language plpgsql;

create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_immutable();
