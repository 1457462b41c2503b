-- Pinyin searches are prefix matches (LIKE 'wxm%'); PostgreSQL uses a btree for them only with the pattern
-- operator class when the database collation is not C.
drop index child_name_initials_idx;
drop index child_name_pinyin_idx;
create index child_name_initials_idx on child (name_initials varchar_pattern_ops);
create index child_name_pinyin_idx on child (name_pinyin varchar_pattern_ops);
