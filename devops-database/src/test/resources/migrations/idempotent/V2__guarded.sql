-- The same changes, safe to run twice.
CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);
CREATE INDEX IF NOT EXISTS users_id ON users (id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_id_unique ON users (id);
CREATE SEQUENCE IF NOT EXISTS user_seq;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE users ADD COLUMN IF NOT EXISTS email text, ADD CONSTRAINT email_lower CHECK (email = lower(email));
DROP TABLE IF EXISTS old_users;
CREATE OR REPLACE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;
ALTER TABLE users DROP COLUMN IF EXISTS legacy;
CREATE TEMP TABLE scratch (id int);
-- Not seed data: a one-off insert in a versioned migration is fine.
INSERT INTO users (id) VALUES (1);
