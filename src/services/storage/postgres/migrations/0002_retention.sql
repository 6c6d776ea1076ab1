-- dirdesk's shared History, version 2: the organisation's retention choice
-- (the History node's "Keep History"), chosen by an admin and applied by
-- every desk (at most hourly each) — no server of dirdesk's own runs it.

-- What the retention functions remove, for whoever may: what was recorded
-- before `age` ago (the server's time of record) and no email waits for.
-- Nobody is granted it; the functions below call it as its owner.
CREATE FUNCTION dirdesk.remove_unneeded_history(age interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    removed bigint;
BEGIN
    IF age IS NULL OR age < interval '30 days' THEN
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
REVOKE ALL ON FUNCTION dirdesk.remove_unneeded_history(interval) FROM PUBLIC;

CREATE OR REPLACE FUNCTION dirdesk.remove_history_older_than(age interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'dirdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of dirdesk_admin may remove History'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN dirdesk.remove_unneeded_history(age);
END
$$;

-- The choice: one row; no row or NULL keeps everything.
CREATE TABLE dirdesk.retention (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    keep interval CHECK (keep IS NULL OR keep >= interval '30 days'),
    chosen_by text NOT NULL DEFAULT session_user,
    chosen_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE dirdesk.retention ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON dirdesk.retention TO dirdesk_user;
CREATE POLICY everyone_reads ON dirdesk.retention FOR SELECT TO dirdesk_user
    USING (true);

-- An admin chooses (NULL: keep everything), and what is older goes now.
CREATE FUNCTION dirdesk.choose_retention(keep interval)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'dirdesk_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of dirdesk_admin may choose how long History is kept'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO dirdesk.retention (only_row, keep, chosen_by, chosen_at)
    VALUES (true, keep, session_user, now())
    ON CONFLICT (only_row) DO UPDATE
        SET keep = EXCLUDED.keep, chosen_by = EXCLUDED.chosen_by, chosen_at = EXCLUDED.chosen_at;
    IF keep IS NULL THEN
        RETURN 0;
    END IF;
    RETURN dirdesk.remove_unneeded_history(keep);
END
$$;
REVOKE ALL ON FUNCTION dirdesk.choose_retention(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dirdesk.choose_retention(interval) TO dirdesk_admin;

-- Any desk applies the admin's choice, and only it.
CREATE FUNCTION dirdesk.apply_retention()
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    chosen interval;
BEGIN
    SELECT r.keep INTO chosen FROM dirdesk.retention r;
    IF chosen IS NULL THEN
        RETURN 0;
    END IF;
    RETURN dirdesk.remove_unneeded_history(chosen);
END
$$;
REVOKE ALL ON FUNCTION dirdesk.apply_retention() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dirdesk.apply_retention() TO dirdesk_user;
