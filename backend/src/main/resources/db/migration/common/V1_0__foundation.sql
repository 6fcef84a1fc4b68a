-- Foundation: agencies, staff accounts, audit log, working-day calendar, year locks.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL; vendor-specific statements live in ../h2 and ../postgresql.
-- Ids: one sequence per table, increment 50 (Hibernate's pooled optimiser batches inserts).

create sequence agency_seq start with 1 increment by 50;
create table agency (
    id              bigint       not null primary key,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    name            varchar(100) not null,
    short_name      varchar(30),
    credit_code     varchar(18),
    catalogue_code  varchar(40)  not null,
    parent_id       bigint references agency (id),
    is_government   boolean      not null,
    active          boolean      not null,
    constraint uk_agency_catalogue_code unique (catalogue_code),
    constraint uk_agency_credit_code unique (credit_code)
);
create index ix_agency_parent on agency (parent_id);

create sequence staff_account_seq start with 1 increment by 50;
create table staff_account (
    id             bigint       not null primary key,
    version        bigint       not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    username       varchar(50)  not null,
    display_name   varchar(50)  not null,
    password_hash  varchar(100) not null,
    agency_id      bigint references agency (id),
    district_wide  boolean      not null,
    enabled        boolean      not null,
    demo           boolean      not null,
    constraint uk_staff_account_username unique (username)
);
create table staff_account_role (
    account_id  bigint      not null references staff_account (id),
    role        varchar(20) not null,
    primary key (account_id, role)
);

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id                bigint       not null primary key,
    occurred_at       timestamp(6) with time zone not null,
    actor             varchar(50)  not null,
    actor_account_id  bigint,
    entity_type       varchar(50)  not null,
    entity_id         varchar(64)  not null,
    action            varchar(50)  not null,
    agency_id         bigint,
    changes           varchar      not null,
    client_address    varchar(64)
);
create index ix_audit_entity on audit_entry (entity_type, entity_id, id);
create index ix_audit_actor on audit_entry (actor, id);
create index ix_audit_occurred on audit_entry (occurred_at);

create table calendar_year (
    year        integer      not null primary key,
    papers      varchar      not null,
    source      varchar(30)  not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(50)  not null,
    version     bigint       not null
);
create table calendar_day (
    day          date        not null primary key,
    notice_year  integer     not null references calendar_year (year),
    off_day      boolean     not null,
    name         varchar(50) not null
);
create index ix_calendar_day_year on calendar_day (notice_year);

create sequence year_lock_seq start with 1 increment by 50;
create table year_lock (
    id                   bigint      not null primary key,
    agency_id            bigint      not null references agency (id),
    year                 integer     not null,
    include_subagencies  boolean     not null,
    locked_at            timestamp(6) with time zone not null,
    locked_by            varchar(50) not null,
    constraint uk_year_lock unique (agency_id, year)
);
