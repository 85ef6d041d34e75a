-- Accounts come in three kinds: a person with a password kept here, another council system with a
-- password kept here (which can be rotated, the previous one working for a while so that the
-- system can switch without failing a call), and a person of the council's directory (LDAP or
-- Active Directory), whose password, roles and agency the directory holds.
ALTER TABLE user_account ADD COLUMN kind VARCHAR(20) DEFAULT 'PERSON' NOT NULL;
ALTER TABLE user_account ADD CONSTRAINT user_account_kind_ck
    CHECK (kind IN ('PERSON', 'SYSTEM', 'DIRECTORY'));
-- the entry the directory last gave for a directory account
ALTER TABLE user_account ADD COLUMN directory_dn VARCHAR(1000);
-- a rotated system account's previous password, and until when it still works
ALTER TABLE user_account ADD COLUMN previous_password_hash VARCHAR(300);
ALTER TABLE user_account ADD COLUMN previous_password_until TIMESTAMP;
