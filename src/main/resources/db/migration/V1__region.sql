create table region (
    code        varchar(12)  not null primary key,
    name        varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(12)
);
create index region_parent_idx on region (parent_code, code);
create index region_level_idx on region (level, code);
