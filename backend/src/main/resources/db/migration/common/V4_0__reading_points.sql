-- Reading points (查阅点, Art.25), their visit logs (single visits and daily tallies), tally imports and the
-- transfers of proactively disclosed information to archives and libraries.
-- Visits and tallies are two ways of logging the same thing; statistics add them with UNION ALL.

create sequence reading_point_seq start with 1 increment by 50;
create table reading_point (
    id             bigint       not null primary key,
    version        bigint       not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    agency_id      bigint       not null references agency (id),
    kind           varchar(30)  not null,
    name           varchar(100) not null,
    address        varchar(200),
    opening_hours  varchar(200),
    phone          varchar(30),
    description    varchar(1000),
    active_from    date         not null,
    active_to      date,
    constraint uk_reading_point_name unique (agency_id, name),
    constraint ck_reading_point_period check (active_to is null or active_to >= active_from)
);
create index ix_reading_point_name on reading_point (name, id);
create index ix_reading_point_kind on reading_point (kind, agency_id);

create sequence reading_point_visit_seq start with 1 increment by 50;
create table reading_point_visit (
    id                     bigint      not null primary key,
    version                bigint      not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    reading_point_id       bigint      not null references reading_point (id),
    visit_date             date        not null,
    visit_time             time,
    people                 integer     not null,
    items_consulted        integer     not null,
    request_summary        varchar(500),
    became_application     boolean     not null,
    application_reference  varchar(50),
    note                   varchar(500),
    recorded_by            varchar(50) not null,
    constraint ck_visit_people check (people >= 1),
    constraint ck_visit_items check (items_consulted >= 0)
);
create index ix_visit_point_date on reading_point_visit (reading_point_id, visit_date, id);
-- (day, id): the keyset order of the cross-point list, newest first
create index ix_visit_date on reading_point_visit (visit_date, id);

-- Catalogue items consulted during a visit: plain ids (the catalogue is another feature's table).
create table reading_point_visit_item (
    visit_id  bigint not null references reading_point_visit (id) on delete cascade,
    item_id   bigint not null,
    primary key (visit_id, item_id)
);

create sequence reading_point_tally_import_seq start with 1 increment by 50;
create table reading_point_tally_import (
    id              bigint       not null primary key,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    -- the importer's agency when the account is limited to one agency; null for district-wide accounts
    agency_id       bigint       references agency (id),
    file_name       varchar(255),
    file_format     varchar(10)  not null,
    encoding        varchar(20),
    mode            varchar(20)  not null,
    on_existing     varchar(10)  not null,
    rows_read       integer      not null,
    created_count   integer      not null,
    replaced_count  integer      not null,
    rejected_count  integer      not null,
    people_total    bigint       not null,
    items_total     bigint       not null,
    imported_by     varchar(50)  not null,
    -- JSON array of the rows left out (valid-rows mode), so a partial import is never unexplained
    rejected_rows   varchar      not null
);
create index ix_tally_import_agency on reading_point_tally_import (agency_id, id);

create sequence reading_point_tally_seq start with 1 increment by 50;
create table reading_point_tally (
    id                bigint      not null primary key,
    version           bigint      not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    reading_point_id  bigint      not null references reading_point (id),
    tally_date        date        not null,
    people            integer     not null,
    items_consulted   integer     not null,
    note              varchar(500),
    recorded_by       varchar(50) not null,
    import_id         bigint      references reading_point_tally_import (id),
    constraint uk_tally_point_date unique (reading_point_id, tally_date),
    constraint ck_tally_people check (people >= 0),
    constraint ck_tally_items check (items_consulted >= 0)
);
create index ix_tally_date on reading_point_tally (tally_date, id);
create index ix_tally_import on reading_point_tally (import_id);

create sequence archive_transfer_seq start with 1 increment by 50;
create table archive_transfer (
    id                     bigint       not null primary key,
    version                bigint       not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    agency_id              bigint       not null references agency (id),
    transfer_date          date         not null,
    receiving_point_id     bigint       references reading_point (id),
    receiving_institution  varchar(200),
    sets_description       varchar(2000),
    item_count             integer      not null,
    received_by            varchar(100) not null,
    note                   varchar(1000),
    constraint ck_transfer_receiver check (receiving_point_id is not null or receiving_institution is not null),
    constraint ck_transfer_count check (item_count >= 0)
);
create index ix_archive_transfer_agency_date on archive_transfer (agency_id, transfer_date, id);
create index ix_archive_transfer_date on archive_transfer (transfer_date, id);
create index ix_archive_transfer_point on archive_transfer (receiving_point_id);

create table archive_transfer_item (
    transfer_id  bigint not null references archive_transfer (id) on delete cascade,
    item_id      bigint not null,
    primary key (transfer_id, item_id)
);
