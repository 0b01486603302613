CREATE INDEX IF NOT EXISTS session_devices_nid_idx ON session_devices (nid ASC);
DROP INDEX IF EXISTS session_devices_id_nid_idx;
