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
    -- When the change was made (the desk's word) and when it was recorded
    -- (the server's; retention goes by this one, which nobody can set).
    at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    record jsonb NOT NULL,
    not_sent jsonb NOT NULL DEFAULT '[]',
    batch_id bigint REFERENCES dirdesk.batches (id),
    -- The desk that recorded it, and which of its local History entries
    -- this is when uploaded (so that uploading twice adds nothing).
    desk text NOT NULL,
    uploaded_from bigint,
    UNIQUE (author, desk, uploaded_from)
);
CREATE INDEX changes_by_author ON dirdesk.changes (author, id DESC);
CREATE INDEX changes_by_object ON dirdesk.changes (object_key, id DESC);
CREATE INDEX changes_by_store ON dirdesk.changes (store_id, id DESC);
CREATE INDEX changes_by_time ON dirdesk.changes (at);
CREATE INDEX changes_by_age ON dirdesk.changes (recorded_at);
CREATE INDEX changes_by_attribute ON dirdesk.changes USING gin (attributes);
CREATE INDEX changes_by_batch ON dirdesk.changes (batch_id) WHERE batch_id IS NOT NULL;

-- Which digest told about a change (added once, never changed).
-- Who the digest could not tell is kept here: the History row itself is
-- never updated.
CREATE TABLE dirdesk.digested (
    change_id bigint PRIMARY KEY REFERENCES dirdesk.changes (id),
    digest_id bigint NOT NULL REFERENCES dirdesk.digests (id),
    not_sent jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX digested_by_digest ON dirdesk.digested (digest_id);

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
    -- The running dirdesk sending it, and until when its claim holds;
    -- and who was signed in there (set by the server when it is claimed).
    claimed_by text,
    lease_until timestamptz,
    delivered_by text
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
    lease_until timestamptz NOT NULL,
    -- The server process of the connection that noted it (dirdesk.held).
    holder_pid integer NOT NULL DEFAULT pg_backend_pid()
);

-- Whether a change being saved is still held: its lease runs, and the
-- server process of the connection that noted it still exists (a desk that
-- stopped took its connections with it, and its change is finished by the
-- next save at once). A claim on an email holds for its whole lease
-- instead: a connection lost while the desk still sends must not let a
-- second desk send it too.
CREATE FUNCTION dirdesk.held(lease_until timestamptz, pid integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT lease_until > now()
       AND (pid IS NULL OR EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = held.pid))
$$;
GRANT EXECUTE ON FUNCTION dirdesk.held(timestamptz, integer) TO dirdesk_user;

-- Who may do what. A person reads their own History; dirdesk_admin reads
-- everyone's. An email waiting to go out with the store's account is
-- visible to every user's desk (any desk may deliver it) until it is sent;
-- one sent as a person only to that person. Every row a person adds is in
-- their name, pending, and points only at their own rows; columns the
-- server keeps (ids, authors, times of record) are not theirs to write.
GRANT dirdesk_user TO dirdesk_admin;

-- Only dirdesk's roles connect (roles are the whole cluster's: one
-- dirdesk database per cluster keeps the History of one organisation).
DO $$ BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dirdesk_user', current_database());
END $$;

ALTER TABLE dirdesk.changes ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON dirdesk.changes TO dirdesk_user;
GRANT INSERT (store_id, object_dn, object_key, attributes, value_text, at, record,
              not_sent, batch_id, desk, uploaded_from)
    ON dirdesk.changes TO dirdesk_user;
CREATE POLICY own_read ON dirdesk.changes FOR SELECT TO dirdesk_user
    USING (author = session_user);
CREATE POLICY admin_read ON dirdesk.changes FOR SELECT TO dirdesk_admin
    USING (true);
CREATE POLICY own_record ON dirdesk.changes FOR INSERT TO dirdesk_user
    WITH CHECK (author = session_user
                AND (batch_id IS NULL OR EXISTS (SELECT 1 FROM dirdesk.batches b
                                                 WHERE b.id = batch_id AND b.author = session_user)));

ALTER TABLE dirdesk.batches ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON dirdesk.batches TO dirdesk_user;
GRANT INSERT (store_id, desk, lease_until) ON dirdesk.batches TO dirdesk_user;
GRANT UPDATE (desk, lease_until) ON dirdesk.batches TO dirdesk_user;
CREATE POLICY own_batches ON dirdesk.batches FOR ALL TO dirdesk_user
    USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY admin_read ON dirdesk.batches FOR SELECT TO dirdesk_admin
    USING (true);

ALTER TABLE dirdesk.digests ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON dirdesk.digests TO dirdesk_user;
GRANT INSERT (batch_id) ON dirdesk.digests TO dirdesk_user;
CREATE POLICY own_digests ON dirdesk.digests FOR ALL TO dirdesk_user
    USING (author = session_user)
    WITH CHECK (author = session_user
                AND EXISTS (SELECT 1 FROM dirdesk.batches b
                            WHERE b.id = batch_id AND b.author = session_user));
CREATE POLICY admin_read ON dirdesk.digests FOR SELECT TO dirdesk_admin
    USING (true);

ALTER TABLE dirdesk.digested ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON dirdesk.digested TO dirdesk_user;
CREATE POLICY own_digested ON dirdesk.digested FOR ALL TO dirdesk_user
    USING (EXISTS (SELECT 1 FROM dirdesk.changes c WHERE c.id = change_id))
    WITH CHECK (EXISTS (SELECT 1 FROM dirdesk.changes c
                        WHERE c.id = change_id AND c.author = session_user)
                AND EXISTS (SELECT 1 FROM dirdesk.digests d
                            WHERE d.id = digest_id AND d.author = session_user));

ALTER TABLE dirdesk.notifications ENABLE ROW LEVEL SECURITY;
GRANT SELECT, DELETE ON dirdesk.notifications TO dirdesk_user;
GRANT INSERT (change_id, digest_id, store_id, sender_login, message_id, status, subject,
              from_address, recipient, to_addresses, cc_addresses, reasons, raw)
    ON dirdesk.notifications TO dirdesk_user;
-- What delivering changes; never the email itself.
GRANT UPDATE (status, next_attempt_at, last_retry, retry_count, last_error,
              server_response, sent_at, claimed_by, lease_until)
    ON dirdesk.notifications TO dirdesk_user;
CREATE POLICY deliverable ON dirdesk.notifications FOR SELECT TO dirdesk_user
    USING (author = session_user OR sender_login = session_user OR delivered_by = session_user
           OR (sender_login IS NULL AND status IN ('pending', 'sending')));
-- The new state is the trigger's to judge (a sent email is no longer
-- visible to the desk that sent it).
CREATE POLICY deliver ON dirdesk.notifications FOR UPDATE TO dirdesk_user
    USING (author = session_user OR sender_login = session_user
           OR (sender_login IS NULL AND status IN ('pending', 'sending')))
    WITH CHECK (true);
CREATE POLICY own_queue ON dirdesk.notifications FOR INSERT TO dirdesk_user
    WITH CHECK (author = session_user AND status = 'pending'
                AND (sender_login IS NULL OR sender_login = session_user)
                AND (change_id IS NULL OR EXISTS (SELECT 1 FROM dirdesk.changes c
                                                  WHERE c.id = change_id AND c.author = session_user))
                AND (digest_id IS NULL OR EXISTS (SELECT 1 FROM dirdesk.digests d
                                                  WHERE d.id = digest_id AND d.author = session_user)));
CREATE POLICY own_delete ON dirdesk.notifications FOR DELETE TO dirdesk_user
    USING (author = session_user AND status <> 'sent');
CREATE POLICY admin_read ON dirdesk.notifications FOR SELECT TO dirdesk_admin
    USING (true);
CREATE POLICY admin_deliver ON dirdesk.notifications FOR UPDATE TO dirdesk_admin
    USING (true) WITH CHECK (true);
CREATE POLICY admin_delete ON dirdesk.notifications FOR DELETE TO dirdesk_admin
    USING (status <> 'sent');

-- How an email's state may move, for everyone (owner included): sent is
-- final; only a claimed email is marked sent; a claim another desk holds
-- is not taken before its lease ends.
CREATE FUNCTION dirdesk.guard_delivery() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.status = 'sent' THEN
        RAISE EXCEPTION 'email % was sent: it stays as it is', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status = 'sent' AND OLD.status <> 'sending' THEN
        RAISE EXCEPTION 'email % is marked sent without being claimed', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.claimed_by IS DISTINCT FROM OLD.claimed_by AND OLD.status = 'sending'
       AND OLD.lease_until > now() THEN
        RAISE EXCEPTION 'email % is being sent by another desk', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status = 'sending' THEN
        NEW.delivered_by := session_user;
    ELSIF NEW.status <> 'sent' THEN
        NEW.delivered_by := OLD.delivered_by;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_delivery BEFORE UPDATE ON dirdesk.notifications
    FOR EACH ROW EXECUTE FUNCTION dirdesk.guard_delivery();

ALTER TABLE dirdesk.unfinished_changes ENABLE ROW LEVEL SECURITY;
GRANT SELECT, DELETE ON dirdesk.unfinished_changes TO dirdesk_user;
GRANT INSERT (store_id, record, batch_id, desk, lease_until)
    ON dirdesk.unfinished_changes TO dirdesk_user;
GRANT UPDATE (desk, lease_until) ON dirdesk.unfinished_changes TO dirdesk_user;
CREATE POLICY own_marks ON dirdesk.unfinished_changes FOR ALL TO dirdesk_user
    USING (author = session_user) WITH CHECK (author = session_user);
CREATE POLICY admin_read ON dirdesk.unfinished_changes FOR SELECT TO dirdesk_admin
    USING (true);

-- Retention: only admins, only what was recorded longer ago than they
-- choose (30 days at least), and never a change an email still waits for
-- (its own, or a digest's) — a failed one can still be sent again. Runs as
-- the owner: the History grants no DELETE to anyone else.
CREATE FUNCTION dirdesk.remove_history_older_than(age interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    removed bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'dirdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of dirdesk_admin may remove History'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF age < interval '30 days' THEN
        RAISE EXCEPTION 'History of the last 30 days is always kept'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    WITH old AS (
        SELECT c.id FROM dirdesk.changes c
        WHERE c.recorded_at < now() - age
          AND NOT EXISTS (SELECT 1 FROM dirdesk.notifications n
                          WHERE n.change_id = c.id AND n.status <> 'sent')
          AND NOT EXISTS (SELECT 1 FROM dirdesk.digested g
                          JOIN dirdesk.notifications n ON n.digest_id = g.digest_id
                          WHERE g.change_id = c.id AND n.status <> 'sent')
        FOR UPDATE OF c
    ), emails AS (
        DELETE FROM dirdesk.notifications n USING old
        WHERE n.change_id = old.id AND n.status = 'sent'
    ), digested AS (
        DELETE FROM dirdesk.digested g USING old WHERE g.change_id = old.id
    )
    DELETE FROM dirdesk.changes c USING old WHERE c.id = old.id;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION dirdesk.remove_history_older_than(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dirdesk.remove_history_older_than(interval) TO dirdesk_admin;
