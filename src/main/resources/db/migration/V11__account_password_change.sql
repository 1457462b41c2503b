-- An account whose password was set by a security admin (new account, password reset) must choose its own password
-- at the next login before using the pages. The bootstrap admin and accounts set up by code are not flagged.
alter table app_user add column password_change_required boolean default false not null;
