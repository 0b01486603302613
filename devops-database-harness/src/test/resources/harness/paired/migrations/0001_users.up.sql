DO $$ BEGIN
  CREATE TYPE mood AS ENUM ('happy', 'sad');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, mood mood NOT NULL DEFAULT 'happy');
