-- dirdesk's shared History and notification queue, version 1.
-- Run by `dirdesk db init` / `db migrate` as the database's owner (the
-- DBA), in one transaction. The group roles dirdesk_user and dirdesk_admin
-- exist before (init creates them); login roles for directory people are
-- members of one of them.

CREATE SCHEMA dirdesk;
REVOKE ALL ON SCHEMA dirdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA dirdesk TO dirdesk_user, dirdesk_admin;

-- Which migrations ran, by whom.
CREATE TABLE dirdesk.schema_version (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);
GRANT SELECT ON dirdesk.schema_version TO dirdesk_user, dirdesk_admin;

-- Bulk edits: the changes of one run share a batch.
CREATE TABLE dirdesk.batches (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id text NOT NULL,
    author text NOT NULL DEFAULT session_user,
    started_at timestamptz NOT NULL DEFAULT now(),
    -- The running dirdesk working on it, and until when that holds.
    desk text,
    lease_until timestamptz
);

-- A digest: the emails that told about some of a batch's changes.
CREATE TABLE dirdesk.digests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id bigint NOT NULL REFERENCES dirdesk.batches (id),
    author text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);

-- The History: every change made through dirdesk, from every desk. Rows
-- are added, never changed: no role is granted UPDATE or DELETE.
CREATE TABLE dirdesk.changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id text NOT NULL,
    -- Who signed in to the database to record it (the directory person).
    author text NOT NULL DEFAULT session_user,
    object_dn text NOT NULL,
    -- For filters: the DN as dirdesk compares DNs, the attributes changed, and every
    -- old and new value in lower case.
    object_key text NOT NULL,
    attributes text[] NOT NULL,
    value_text text NOT NULL,
    at timestamptz NOT NULL,
    record jsonb NOT NULL,
    not_sent jsonb NOT NULL DEFAULT '[]',
    batch_id bigint REFERENCES dirdesk.batches (id),
    -- The desk that recorded it, and which of its local History entries
    -- this is when uploaded (so that uploading twice adds nothing).
    desk text NOT NULL,
    uploaded_from bigint,
    UNIQUE (desk, uploaded_from)
);
CREATE INDEX changes_by_author ON dirdesk.changes (author, id DESC);
CREATE INDEX changes_by_object ON dirdesk.changes (object_key, id DESC);
CREATE INDEX changes_by_store ON dirdesk.changes (store_id, id DESC);
CREATE INDEX changes_by_time ON dirdesk.changes (at);
CREATE INDEX changes_by_attribute ON dirdesk.changes USING gin (attributes);
CREATE INDEX changes_by_batch ON dirdesk.changes (batch_id) WHERE batch_id IS NOT NULL;

-- Which digest told about a change (added once, never changed).
CREATE TABLE dirdesk.digested (
    change_id bigint PRIMARY KEY REFERENCES dirdesk.changes (id),
    digest_id bigint NOT NULL REFERENCES dirdesk.digests (id)
);

-- The queue: every email, sent or not.
CREATE TABLE dirdesk.notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_id bigint REFERENCES dirdesk.changes (id),
    digest_id bigint REFERENCES dirdesk.digests (id),
    store_id text NOT NULL,
    author text NOT NULL DEFAULT session_user,
    -- SMTP as the signed-in user: only a desk where this person is signed
    -- in may send it. NULL: any desk with the store's mail settings.
    sender_login text,
    message_id text NOT NULL UNIQUE,
    status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    subject text NOT NULL,
    from_address text NOT NULL,
    recipient text NOT NULL,
    to_addresses jsonb NOT NULL,
    cc_addresses jsonb NOT NULL,
    reasons jsonb NOT NULL,
    raw bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_retry timestamptz,
    retry_count integer NOT NULL DEFAULT 0,
    last_error text,
    server_response text,
    sent_at timestamptz,
    -- The running dirdesk sending it, and until when its claim holds.
    claimed_by text,
    lease_until timestamptz
);
CREATE INDEX notifications_due ON dirdesk.notifications (status, next_attempt_at);
CREATE INDEX notifications_by_change ON dirdesk.notifications (change_id);
CREATE INDEX notifications_by_digest ON dirdesk.notifications (digest_id);

-- Changes about to be sent to the directory (see the SQLite queue).
CREATE TABLE dirdesk.unfinished_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    store_id text NOT NULL,
    author text NOT NULL DEFAULT session_user,
    record jsonb NOT NULL,
    batch_id bigint REFERENCES dirdesk.batches (id),
    desk text NOT NULL,
    lease_until timestamptz NOT NULL
);

-- Who may do what. A person reads their own History; dirdesk_admin reads
-- everyone's. Emails sent with the store's account are delivered by any
-- desk, so their rows are visible to every user; those sent as a person
-- only to that person (and admins).
GRANT dirdesk_user TO dirdesk_admin;

ALTER TABLE dirdesk.changes ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON dirdesk.changes TO dirdesk_user;
CREATE POLICY own_read ON dirdesk.changes FOR SELECT TO dirdesk_user
    USING (author = session_user);
CREATE POLICY admin_read ON dirdesk.changes FOR SELECT TO dirdesk_admin
    USING (true);
CREATE POLICY own_record ON dirdesk.changes FOR INSERT TO dirdesk_user
    WITH CHECK (author = session_user);

ALTER TABLE dirdesk.batches ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON dirdesk.batches TO dirdesk_user;
GRANT UPDATE (desk, lease_until) ON dirdesk.batches TO dirdesk_user;
CREATE POLICY own_batches ON dirdesk.batches FOR ALL TO dirdesk_user
    USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY admin_read ON dirdesk.batches FOR SELECT TO dirdesk_admin
    USING (true);

ALTER TABLE dirdesk.digests ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON dirdesk.digests TO dirdesk_user;
CREATE POLICY own_digests ON dirdesk.digests FOR ALL TO dirdesk_user
    USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY admin_read ON dirdesk.digests FOR SELECT TO dirdesk_admin
    USING (true);

ALTER TABLE dirdesk.digested ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON dirdesk.digested TO dirdesk_user;
CREATE POLICY own_digested ON dirdesk.digested FOR ALL TO dirdesk_user
    USING (EXISTS (SELECT 1 FROM dirdesk.changes c WHERE c.id = change_id))
    WITH CHECK (EXISTS (SELECT 1 FROM dirdesk.changes c
                        WHERE c.id = change_id AND c.author = session_user));

ALTER TABLE dirdesk.notifications ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON dirdesk.notifications TO dirdesk_user;
-- What delivering changes; never the email itself.
GRANT UPDATE (status, next_attempt_at, last_retry, retry_count, last_error,
              server_response, sent_at, claimed_by, lease_until)
    ON dirdesk.notifications TO dirdesk_user;
CREATE POLICY deliverable ON dirdesk.notifications FOR SELECT TO dirdesk_user
    USING (author = session_user OR sender_login IS NULL OR sender_login = session_user);
CREATE POLICY deliver ON dirdesk.notifications FOR UPDATE TO dirdesk_user
    USING (author = session_user OR sender_login IS NULL OR sender_login = session_user);
CREATE POLICY own_queue ON dirdesk.notifications FOR INSERT TO dirdesk_user
    WITH CHECK (author = session_user);
CREATE POLICY own_delete ON dirdesk.notifications FOR DELETE TO dirdesk_user
    USING (author = session_user AND status <> 'sent');
CREATE POLICY admin_read ON dirdesk.notifications FOR SELECT TO dirdesk_admin
    USING (true);
CREATE POLICY admin_deliver ON dirdesk.notifications FOR UPDATE TO dirdesk_admin
    USING (true);
CREATE POLICY admin_delete ON dirdesk.notifications FOR DELETE TO dirdesk_admin
    USING (status <> 'sent');

ALTER TABLE dirdesk.unfinished_changes ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON dirdesk.unfinished_changes TO dirdesk_user;
GRANT UPDATE (desk, lease_until) ON dirdesk.unfinished_changes TO dirdesk_user;
CREATE POLICY own_marks ON dirdesk.unfinished_changes FOR ALL TO dirdesk_user
    USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY admin_read ON dirdesk.unfinished_changes FOR SELECT TO dirdesk_admin
    USING (true);

-- Retention: only admins, only what is older than they choose, and never a
-- change whose emails still wait. Runs as the owner (the History grants no
-- DELETE to anyone else).
CREATE FUNCTION dirdesk.remove_history_older_than(age interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, dirdesk AS $$
DECLARE
    removed bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'dirdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of dirdesk_admin may remove History'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF age < interval '1 day' THEN
        RAISE EXCEPTION 'History younger than a day is always kept'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    CREATE TEMP TABLE old_changes ON COMMIT DROP AS
        SELECT c.id FROM dirdesk.changes c
        WHERE c.at < now() - age
          AND NOT EXISTS (SELECT 1 FROM dirdesk.notifications n
                          WHERE n.change_id = c.id AND n.status IN ('pending', 'sending'));
    DELETE FROM dirdesk.notifications WHERE change_id IN (SELECT id FROM old_changes);
    DELETE FROM dirdesk.digested WHERE change_id IN (SELECT id FROM old_changes);
    DELETE FROM dirdesk.changes WHERE id IN (SELECT id FROM old_changes);
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION dirdesk.remove_history_older_than(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dirdesk.remove_history_older_than(interval) TO dirdesk_admin;
