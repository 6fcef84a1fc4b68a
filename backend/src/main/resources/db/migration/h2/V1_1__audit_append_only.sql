-- H2 has no procedural triggers without Java classes; the application maps audit_entry as @Immutable and
-- has no code path that updates or deletes it. This file keeps the version numbers of both vendors aligned.
select 1;
