CREATE TABLE IF NOT EXISTS orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  total numeric(12, 2) NOT NULL DEFAULT 0 CHECK (total >= 0)
);
ALTER TABLE customers ADD COLUMN IF NOT EXISTS tier text;
CREATE OR REPLACE FUNCTION order_count(customer bigint) RETURNS bigint LANGUAGE sql AS $$
  SELECT count(*) FROM orders WHERE customer_id = customer;
$$;
