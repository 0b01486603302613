CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, customer_id bigint);
CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id);
