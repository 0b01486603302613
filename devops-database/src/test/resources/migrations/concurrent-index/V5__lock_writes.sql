-- An index on a table that already holds data, alone in its migration: Flyway can run it outside a transaction.
CREATE UNIQUE INDEX users_email ON public.users (email);
