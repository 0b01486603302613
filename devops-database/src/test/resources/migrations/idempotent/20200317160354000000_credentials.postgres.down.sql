-- Its down file runs once as well, when the version is rolled back.
DROP TABLE "identity_credential_kinds";
