--liquibase formatted sql

--changeset ops:1
CREATE INDEX orders_status ON orders (status);

--changeset ops:2 runInTransaction:false
CREATE INDEX orders_customer ON orders (customer_id);
