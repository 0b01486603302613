--liquibase formatted sql

--changeset alice:1
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT count(*) FROM information_schema.tables WHERE table_name = 'person'
CREATE TABLE person (id int PRIMARY KEY);
--rollback DROP TABLE person;

--changeset alice:2
CREATE TABLE address (id int PRIMARY KEY);
--rollback DROP TABLE address;

--changeset alice:3 runOnChange:true
CREATE VIEW person_names AS SELECT id FROM person;
--rollback DROP VIEW person_names;
