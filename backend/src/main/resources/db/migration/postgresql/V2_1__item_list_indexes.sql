-- The public catalogue (status = PUBLISHED, newest first) and the staff lists (by state, most recently changed
-- first): PostgreSQL reads these backwards from the equality prefix, so page 5,000 starts where page 4,999 ended.
create index ix_item_published on item (status, publication_date, id);
create index ix_item_staff on item (status, updated_at, id);
