--liquibase formatted sql

--changeset alice:1
CREATE TABLE person (id int PRIMARY KEY);
--rollback DROP TABLE person;

--changeset bob:1
CREATE TABLE address (id int PRIMARY KEY);
--rollback DROP TABLE address;
