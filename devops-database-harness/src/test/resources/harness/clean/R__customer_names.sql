CREATE OR REPLACE VIEW customer_names AS SELECT id, email FROM customers;
