-- PostgreSQL only: the database itself refuses to change or delete audit events, so that not even
-- a mistaken or malicious SQL session of the application's own account can rewrite the trail.
-- (On the embedded H2 database the application alone guarantees it: nothing in it updates or
-- deletes audit_event.)
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
