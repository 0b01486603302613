-- Spring Boot runs schema.sql at every start-up and no tool remembers it: each statement must survive a rerun.
CREATE TABLE app_settings (name text PRIMARY KEY, value text);
CREATE INDEX app_settings_value ON app_settings (value);
CREATE OR REPLACE VIEW app_setting_names AS SELECT name FROM app_settings;
