-- H2 skips the sort only for an index whose columns start with the ORDER BY columns in the same direction, and only
-- when no other index is chosen for the WHERE clause. So the catalogue's index starts with the sort key itself
-- (the status is checked on the rows it reads, and nearly all rows are published) and there is no index on status.
create index ix_item_published on item (publication_date desc, id desc);
create index ix_item_staff on item (updated_at desc, id desc);
