--liquibase formatted sql

--changeset alice:1
CREATE TABLE person (id int PRIMARY KEY);
--rollback DROP TABLE person;

--changeset alice:2
ALTER TABLE person ADD COLUMN name text;
