-- No guards, but Flyway applies V1 once, so the rule trusts it; `devops db verify` shows what a rerun does.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE INDEX users_id ON users (id);
CREATE SEQUENCE user_seq;
CREATE SCHEMA audit;
CREATE EXTENSION pgcrypto;
ALTER TABLE users ADD COLUMN email text;
DROP TABLE old_users;
CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
CREATE VIEW user_ids AS SELECT id FROM users;
ALTER TABLE users DROP COLUMN legacy;
