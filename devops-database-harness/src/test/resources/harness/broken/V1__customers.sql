-- Not idempotent: the second run fails on line 2.
CREATE TABLE customers (id bigint PRIMARY KEY);
