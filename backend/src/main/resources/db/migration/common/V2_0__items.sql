-- Disclosure catalogue (主动公开): categories, items, their channels, events, attachments and index-number counters.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- Categories are data: the annual report relies on the codes, administrators add and rename categories.
-- Seeded rows use ids below 1000; the sequence starts above them.
create sequence category_seq start with 1001 increment by 50;
create table category (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    code        varchar(40)  not null,
    name_zh     varchar(50)  not null,
    name_en     varchar(100) not null,
    scheme      varchar(20)  not null,
    sort_order  integer      not null,
    active      boolean      not null,
    constraint uk_category_code unique (code),
    constraint ck_category_scheme check (scheme in ('LEGACY_2011', 'NATIONAL', 'CUSTOM'))
);

insert into category (id, version, created_at, updated_at, code, name_zh, name_en, scheme, sort_order, active) values
 (1, 0, current_timestamp, current_timestamp, 'OVERVIEW', '概况信息', 'Overview', 'LEGACY_2011', 10, true),
 (2, 0, current_timestamp, current_timestamp, 'PLANS', '计划总结', 'Plans and summaries', 'LEGACY_2011', 20, true),
 (3, 0, current_timestamp, current_timestamp, 'REGULATIONS', '法规公文', 'Regulations and official documents', 'LEGACY_2011', 30, true),
 (4, 0, current_timestamp, current_timestamp, 'NEWS', '工作动态', 'Work news', 'LEGACY_2011', 40, true),
 (5, 0, current_timestamp, current_timestamp, 'PERSONNEL', '人事信息', 'Personnel', 'LEGACY_2011', 50, true),
 (6, 0, current_timestamp, current_timestamp, 'FINANCE', '财政信息', 'Finance', 'LEGACY_2011', 60, true),
 (7, 0, current_timestamp, current_timestamp, 'OTHER', '其他信息', 'Other information', 'LEGACY_2011', 70, true),
 (21, 0, current_timestamp, current_timestamp, 'RULES', '规章', 'Government rules', 'NATIONAL', 110, true),
 (22, 0, current_timestamp, current_timestamp, 'NORMATIVE', '行政规范性文件', 'Normative documents', 'NATIONAL', 120, true),
 (23, 0, current_timestamp, current_timestamp, 'FUNCTIONS', '机构职能', 'Organisation and functions', 'NATIONAL', 130, true),
 (24, 0, current_timestamp, current_timestamp, 'PLANNING', '规划计划', 'Plans and programmes', 'NATIONAL', 140, true),
 (25, 0, current_timestamp, current_timestamp, 'STATISTICS', '统计信息', 'Statistics', 'NATIONAL', 150, true),
 (26, 0, current_timestamp, current_timestamp, 'LICENSING', '行政许可', 'Administrative licensing', 'NATIONAL', 160, true),
 (27, 0, current_timestamp, current_timestamp, 'PENALTY', '行政处罚', 'Administrative penalties', 'NATIONAL', 170, true),
 (28, 0, current_timestamp, current_timestamp, 'COERCION', '行政强制', 'Administrative coercion', 'NATIONAL', 180, true),
 (29, 0, current_timestamp, current_timestamp, 'FEES', '行政事业性收费', 'Administrative fees', 'NATIONAL', 190, true),
 (30, 0, current_timestamp, current_timestamp, 'BUDGET', '财政预决算', 'Budgets and final accounts', 'NATIONAL', 200, true),
 (31, 0, current_timestamp, current_timestamp, 'PROCUREMENT', '政府集中采购', 'Government procurement', 'NATIONAL', 210, true),
 (32, 0, current_timestamp, current_timestamp, 'PUBLIC_SERVICES', '民生保障', 'Social security and public services', 'NATIONAL', 220, true),
 (33, 0, current_timestamp, current_timestamp, 'SUPERVISION', '监督检查', 'Inspections (environment, safety, food, products)', 'NATIONAL', 230, true),
 (34, 0, current_timestamp, current_timestamp, 'RECRUITMENT', '人事招考', 'Civil-service recruitment', 'NATIONAL', 240, true),
 (35, 0, current_timestamp, current_timestamp, 'EMERGENCIES', '突发公共事件', 'Public emergencies', 'NATIONAL', 250, true),
 (36, 0, current_timestamp, current_timestamp, 'INTERPRETATION', '政策解读', 'Policy interpretation', 'NATIONAL', 260, true),
 (37, 0, current_timestamp, current_timestamp, 'ANNUAL_REPORT', '年度报告', 'Annual disclosure reports', 'NATIONAL', 270, true);

create sequence item_seq start with 1 increment by 50;
create table item (
    id                    bigint       not null primary key,
    version               bigint       not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    status                varchar(20)  not null,
    -- 索引号 <agency catalogue code>/<publication year>-<5-digit sequence>; drafts have none.
    index_number          varchar(60),
    title                 varchar(300) not null,
    agency_id             bigint       not null references agency (id),
    category_id           bigint       not null references category (id),
    document_number       varchar(100),
    written_date          date         not null,
    publication_date      date,
    topic                 varchar(40),
    keywords              varchar(200),
    summary               varchar(1000),
    body                  varchar,
    validity              varchar(20),
    repeal_date           date,
    -- ON_TIME, LATE or UNKNOWN (calendar year missing) once published; late_by_working_days > 0 when LATE.
    lateness              varchar(10),
    late_by_working_days  integer,
    withdrawn_date        date,
    created_by            varchar(50)  not null,
    constraint uk_item_index_number unique (index_number),
    constraint uk_item_document_number unique (agency_id, document_number),
    constraint ck_item_status check (status in ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    constraint ck_item_validity check (validity in ('IN_FORCE', 'REPEALED')),
    constraint ck_item_lateness check (lateness in ('ON_TIME', 'LATE', 'UNKNOWN'))
);
-- Catalogue narrowed by category, agency or topic (keyset on publication_date, id). The unfiltered catalogue and
-- the staff lists have vendor-specific indexes (V2_1): the two databases need them in different shapes.
create index ix_item_category_published on item (category_id, status, publication_date, id);
create index ix_item_agency_published on item (agency_id, status, publication_date, id);
create index ix_item_topic_published on item (topic, status, publication_date, id);
-- Annual-report statistics: every column the year figures read, so PostgreSQL can answer from the index alone.
create index ix_item_stats on item (agency_id, publication_date, category_id, lateness, withdrawn_date);
-- Rules and normative documents issued, repealed and in force: a narrow range of the same kind.
create index ix_item_rules on item (category_id, agency_id, publication_date, repeal_date, withdrawn_date);

create table item_channel (
    item_id  bigint      not null references item (id),
    channel  varchar(20) not null,
    primary key (item_id, channel)
);

-- Append-only life-cycle log of an item: every move, who made it and why.
create sequence item_event_seq start with 1 increment by 50;
create table item_event (
    id           bigint       not null primary key,
    item_id      bigint       not null references item (id),
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(50)  not null,
    action       varchar(20)  not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    reason       varchar(1000)
);
create index ix_item_event_item on item_event (item_id, id);

create sequence item_attachment_seq start with 1 increment by 50;
create table item_attachment (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    item_id       bigint       not null references item (id),
    file_name     varchar(255) not null,
    file_type     varchar(10)  not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_by   varchar(50)  not null
);
create index ix_item_attachment_item on item_attachment (item_id, id);
create index ix_item_attachment_sha on item_attachment (sha256);

-- One row per agency and publication year; publishing locks the row to take the next sequence number.
create table item_index_counter (
    agency_id   bigint  not null references agency (id),
    year        integer not null,
    last_value  integer not null,
    primary key (agency_id, year)
);
