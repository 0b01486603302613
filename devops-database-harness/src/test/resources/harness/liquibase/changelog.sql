--liquibase formatted sql

--changeset alice:1
CREATE TABLE IF NOT EXISTS person (id int PRIMARY KEY);
--rollback DROP TABLE IF EXISTS person;

--changeset alice:2
ALTER TABLE person ADD COLUMN IF NOT EXISTS name text;
--rollback ALTER TABLE person DROP COLUMN nickname;
