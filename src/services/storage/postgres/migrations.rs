//! The shared database's schema and grants as numbered migrations, and the
//! DBA's `dirdesk db init | migrate | check`. Each migration runs once, in
//! one transaction with its row in `dirdesk.schema_version`, under a lock so
//! that two DBAs (or two desks' admins) never run it twice.

use super::{Database, DatabaseError, DatabaseProblem};

/// Every migration, oldest first: (version, name, SQL).
const MIGRATIONS: &[(i32, &str, &str)] = &[
    (
        1,
        "history and queue",
        include_str!("migrations/0001_history_and_queue.sql"),
    ),
    (
        2,
        "retention choice",
        include_str!("migrations/0002_retention.sql"),
    ),
];

/// The newest schema this dirdesk knows.
pub const LATEST_VERSION: i32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// The two group roles every person's login role belongs to (one of).
pub const USER_ROLE: &str = "dirdesk_user";
pub const ADMIN_ROLE: &str = "dirdesk_admin";

/// The tables whose rows each person sees only their own of (and the
/// retention choice, which everyone reads and nobody writes directly).
const SECURED_TABLES: [&str; 7] = [
    "retention",
    "changes",
    "batches",
    "digests",
    "digested",
    "notifications",
    "unfinished_changes",
];

/// The policies migration 1 creates, as `table.policy`.
const POLICIES: &[&str] = &[
    "batches.admin_read",
    "batches.own_batches",
    "changes.admin_read",
    "changes.own_read",
    "changes.own_record",
    "digested.own_digested",
    "digests.admin_read",
    "digests.own_digests",
    "notifications.admin_delete",
    "notifications.admin_deliver",
    "notifications.admin_read",
    "notifications.deliver",
    "notifications.deliverable",
    "notifications.own_delete",
    "notifications.own_queue",
    "retention.everyone_reads",
    "unfinished_changes.admin_read",
    "unfinished_changes.own_marks",
];

/// The schema version the database has: 0 before `init`.
pub async fn version(db: &Database) -> Result<i32, DatabaseError> {
    let client = db.client().await?;
    current_version(&client).await.map_err(|e| db.error(&e))
}

async fn current_version(
    client: &impl deadpool_postgres::GenericClient,
) -> Result<i32, tokio_postgres::Error> {
    let exists: bool = client
        .query_one(
            "SELECT to_regclass('dirdesk.schema_version') IS NOT NULL",
            &[],
        )
        .await?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM dirdesk.schema_version",
            &[],
        )
        .await?;
    Ok(row.get(0))
}

/// That the database is ready for this dirdesk: set up to its version
/// (`db init` brings an older one up; it is safe to run again), and not by
/// a newer dirdesk.
pub async fn ensure_usable(db: &Database) -> Result<(), DatabaseError> {
    match version(db).await? {
        v if v < LATEST_VERSION => Err(DatabaseError::new(
            db.url(),
            DatabaseProblem::NotSetUp,
            String::new(),
        )),
        v if v > LATEST_VERSION => Err(DatabaseError::new(
            db.url(),
            DatabaseProblem::Newer { version: v },
            String::new(),
        )),
        _ => Ok(()),
    }
}

/// `db init`: the group roles (when missing), then every migration.
pub async fn init(db: &Database) -> Result<Vec<(i32, &'static str)>, DatabaseError> {
    let client = db.client().await?;
    for role in [USER_ROLE, ADMIN_ROLE] {
        // Role names are fixed words of ours, never input.
        let sql = format!(
            "DO $$ BEGIN
               CREATE ROLE {role} NOLOGIN;
             EXCEPTION WHEN duplicate_object THEN NULL;
             END $$"
        );
        client.batch_execute(&sql).await.map_err(|e| db.error(&e))?;
    }
    drop(client);
    migrate(db).await
}

/// `db migrate`: the migrations this database has not had yet, each in
/// its own transaction. Returns those that ran (none: it was up to date).
pub async fn migrate(db: &Database) -> Result<Vec<(i32, &'static str)>, DatabaseError> {
    let mut client = db.client().await?;
    let mut applied = Vec::new();
    for &(version, name, sql) in MIGRATIONS {
        let tx = client.transaction().await.map_err(|e| db.error(&e))?;
        // One migrator at a time; the version is read again under the lock.
        tx.execute(
            "SELECT pg_advisory_xact_lock(hashtext('dirdesk schema'))",
            &[],
        )
        .await
        .map_err(|e| db.error(&e))?;
        let current = current_version(&tx).await.map_err(|e| db.error(&e))?;
        if current > LATEST_VERSION {
            return Err(DatabaseError::new(
                db.url(),
                DatabaseProblem::Newer { version: current },
                String::new(),
            ));
        }
        if current >= version {
            continue;
        }
        tx.batch_execute(sql).await.map_err(|e| db.error(&e))?;
        tx.execute(
            "INSERT INTO dirdesk.schema_version (version, name) VALUES ($1, $2)",
            &[&version, &name],
        )
        .await
        .map_err(|e| db.error(&e))?;
        tx.commit().await.map_err(|e| db.error(&e))?;
        applied.push((version, name));
    }
    Ok(applied)
}

/// What `db check` found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Check {
    pub version: i32,
    pub latest: i32,
    pub user_role: bool,
    pub admin_role: bool,
    /// Tables without row-level security (should be none).
    pub unsecured: Vec<String>,
    /// Roles that may change or remove History rows (should be none).
    pub history_writers: Vec<String>,
    /// Whether anyone but dirdesk_admin may run the retention function.
    pub retention_open: bool,
    /// Row-level security policies dirdesk did not create (each widens
    /// what someone may read or write).
    pub added_policies: Vec<String>,
    /// Whether the tables' owner records changes too: row-level security
    /// does not hold for the owner.
    pub owner_records: bool,
    /// The groups the signed-in person is in.
    pub my_roles: Vec<String>,
}

impl Check {
    /// Each thing found wrong, in words.
    pub fn problems(&self) -> Vec<String> {
        use crate::fl;
        let mut problems = Vec::new();
        if self.version == 0 {
            problems.push(fl!("db-check-not-set-up"));
        } else if self.version < self.latest {
            problems.push(fl!(
                "db-check-behind",
                version = self.version.to_string(),
                latest = self.latest.to_string()
            ));
        } else if self.version > self.latest {
            problems.push(fl!(
                "db-check-newer",
                version = self.version.to_string(),
                latest = self.latest.to_string()
            ));
        }
        for (exists, role) in [(self.user_role, USER_ROLE), (self.admin_role, ADMIN_ROLE)] {
            if !exists {
                problems.push(fl!("db-check-no-role", role = role));
            }
        }
        for table in &self.unsecured {
            problems.push(fl!("db-check-unsecured", table = table.as_str()));
        }
        for role in &self.history_writers {
            problems.push(fl!("db-check-history-writable", role = role.as_str()));
        }
        if self.retention_open {
            problems.push(fl!("db-check-retention-open"));
        }
        for policy in &self.added_policies {
            problems.push(fl!("db-check-added-policy", policy = policy.as_str()));
        }
        if self.owner_records {
            problems.push(fl!("db-check-owner-records"));
        }
        problems
    }
}

/// `db check`: the schema's version, the roles, and that the protections
/// the migrations set are still in place (a DBA may have changed grants).
pub async fn check(db: &Database) -> Result<Check, DatabaseError> {
    let client = db.client().await?;
    let e = |e: tokio_postgres::Error| db.error(&e);
    let version = current_version(&client).await.map_err(e)?;
    let role_exists = async |role: &str| -> Result<bool, DatabaseError> {
        let row = client
            .query_one("SELECT count(*) FROM pg_roles WHERE rolname = $1", &[&role])
            .await
            .map_err(|e| db.error(&e))?;
        Ok(row.get::<_, i64>(0) == 1)
    };
    let user_role = role_exists(USER_ROLE).await?;
    let admin_role = role_exists(ADMIN_ROLE).await?;
    let mut unsecured = Vec::new();
    let mut history_writers = Vec::new();
    let mut retention_open = false;
    let mut added_policies = Vec::new();
    let mut owner_records = false;
    if version > 0 {
        for table in SECURED_TABLES {
            // A table an older version does not have yet: `db migrate`
            // adds it (the version says so).
            let row = client
                .query_opt(
                    "SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass($1)",
                    &[&format!("dirdesk.{table}")],
                )
                .await
                .map_err(e)?;
            if row.is_some_and(|row| !row.get::<_, bool>(0)) {
                unsecured.push(format!("dirdesk.{table}"));
            }
        }
        // From the catalog itself (information_schema shows only grants
        // the caller is part of), table and column grants alike.
        let rows = client
            .query(
                "SELECT DISTINCT coalesce(r.rolname, 'PUBLIC') FROM (
                     SELECT (aclexplode(c.relacl)).*, c.relowner FROM pg_class c
                     WHERE c.oid IN ('dirdesk.changes'::regclass, 'dirdesk.digested'::regclass)
                     UNION ALL
                     SELECT (aclexplode(a.attacl)).*, c.relowner FROM pg_attribute a
                     JOIN pg_class c ON c.oid = a.attrelid
                     WHERE c.oid IN ('dirdesk.changes'::regclass, 'dirdesk.digested'::regclass)
                       AND a.attacl IS NOT NULL
                 ) acl LEFT JOIN pg_roles r ON r.oid = acl.grantee
                 WHERE acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
                   AND acl.grantee <> acl.relowner
                 ORDER BY 1",
                &[],
            )
            .await
            .map_err(e)?;
        history_writers = rows.iter().map(|r| r.get(0)).collect();
        let row = client
            .query_one(
                "SELECT coalesce(bool_or(CASE WHEN to_regprocedure(f) IS NULL THEN false
                                              ELSE has_function_privilege(who, f, 'EXECUTE') END), false)
                 FROM unnest(ARRAY['public', 'dirdesk_user']) who,
                      unnest(ARRAY['dirdesk.remove_history_older_than(interval)',
                                   'dirdesk.remove_unneeded_history(interval)',
                                   'dirdesk.choose_retention(interval)']) f",
                &[],
            )
            .await
            .map_err(e)?;
        retention_open = row.get(0);
        let rows = client
            .query(
                "SELECT tablename || '.' || policyname FROM pg_policies
                 WHERE schemaname = 'dirdesk' ORDER BY 1",
                &[],
            )
            .await
            .map_err(e)?;
        added_policies = rows
            .iter()
            .map(|r| r.get::<_, String>(0))
            .filter(|p| !POLICIES.contains(&p.as_str()))
            .collect();
        owner_records = client
            .query_one(
                "SELECT pg_has_role(tableowner, 'dirdesk_user', 'MEMBER') FROM pg_tables
                 WHERE schemaname = 'dirdesk' AND tablename = 'changes'",
                &[],
            )
            .await
            .map_err(e)?
            .get(0);
    }
    let rows = client
        .query(
            "SELECT rolname FROM pg_roles WHERE rolname IN ('dirdesk_user', 'dirdesk_admin')
               AND pg_has_role(session_user, oid, 'MEMBER') ORDER BY rolname",
            &[],
        )
        .await
        .map_err(e)?;
    Ok(Check {
        version,
        latest: LATEST_VERSION,
        user_role,
        admin_role,
        unsecured,
        history_writers,
        retention_open,
        added_policies,
        owner_records,
        my_roles: rows.iter().map(|r| r.get(0)).collect(),
    })
}
