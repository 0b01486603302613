-- Indexes on tables that already hold data.
CREATE INDEX orders_user ON orders (user_id);
CREATE UNIQUE INDEX users_email ON public.users (email);
