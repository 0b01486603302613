-- Not reversible: the table stays behind.
DROP INDEX IF EXISTS orders_customer;
