//! Measuring a run (wall and CPU time, peak memory, slapd's share) and
//! printing the results table.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

/// One measured run: wall seconds, CPU seconds, peak RSS (KiB), and the
/// child's own key=value lines.
pub struct Run {
    pub wall: f64,
    pub cpu: f64,
    pub rss_kib: u64,
    /// slapd's CPU seconds during the run: the server's share of the work.
    pub server_cpu: f64,
    pub lines: BTreeMap<String, String>,
}

/// slapd's CPU time so far (user + system), from /proc.
fn slapd_cpu() -> f64 {
    let dir = std::env::var("DIRDESK_SERVERS_DIR").unwrap_or_default();
    let stat = std::fs::read_to_string(format!("{dir}/slapd.pid"))
        .ok()
        .and_then(|pid| std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())).ok())
        .unwrap_or_default();
    // Fields after the command name (which may hold spaces); utime and
    // stime are the 14th and 15th fields, in clock ticks (100 per second).
    let after_name = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<f64> = after_name
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0.0))
        .collect();
    fields
        .get(11)
        .zip(fields.get(12))
        .map_or(0.0, |(u, s)| (u + s) / 100.0)
}

pub fn measure(program: &str, args: &[&str], extra_env: &[(&str, String)]) -> Run {
    let times = tempfile_path("time");
    let server_before = slapd_cpu();
    let started = Instant::now();
    let output = Command::new("/usr/bin/time")
        .args([
            "-f",
            "%U %S %M",
            "-o",
            times.to_str().expect("utf-8"),
            program,
        ])
        .args(args)
        .envs(extra_env.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(Stdio::null())
        .output()
        .expect("run");
    let wall = started.elapsed().as_secs_f64();
    let server_cpu = slapd_cpu() - server_before;
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let t = std::fs::read_to_string(&times).expect("time output");
    let f: Vec<f64> = t
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    Run {
        wall,
        cpu: f[0] + f[1],
        rss_kib: f[2] as u64,
        server_cpu,
        lines,
    }
}

fn tempfile_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("dirdesk-bench-{}-{name}", std::process::id()))
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() { 0.0 } else { v[v.len() / 2] }
}

pub fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

pub struct Row {
    pub case: String,
    pub ours: Vec<Run>,
    pub theirs: Vec<Run>,
    pub ours_time: fn(&Run) -> f64,
    pub note: String,
}

pub fn print_rows(rows: &[Row], out: &mut String) {
    use std::fmt::Write as _;
    let _ = writeln!(
        out,
        "| case | dirdesk median (min–max) | reference median (min–max) | ratio | CPU s dirdesk / ref | slapd CPU s with dirdesk / ref | peak RSS MiB dirdesk / ref | notes |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for row in rows {
        let ours: Vec<f64> = row.ours.iter().map(row.ours_time).collect();
        let theirs: Vec<f64> = row.theirs.iter().map(|r| r.wall).collect();
        let span = |v: &[f64]| {
            let min = v.iter().cloned().fold(f64::INFINITY, f64::min);
            let max = v.iter().cloned().fold(0.0, f64::max);
            format!("{:.3} s ({min:.3}–{max:.3})", median(v.to_vec()))
        };
        let cpu = |r: &[Run]| median(r.iter().map(|x| x.cpu).collect());
        let server = |r: &[Run]| median(r.iter().map(|x| x.server_cpu).collect());
        let rss = |r: &[Run]| r.iter().map(|x| x.rss_kib).max().unwrap_or(0) as f64 / 1024.0;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.2}× | {:.2} / {:.2} | {:.2} / {:.2} | {:.1} / {:.1} | {} |",
            row.case,
            span(&ours),
            span(&theirs),
            median(ours.clone()) / median(theirs.clone()),
            cpu(&row.ours),
            cpu(&row.theirs),
            server(&row.ours),
            server(&row.theirs),
            rss(&row.ours),
            rss(&row.theirs),
            row.note
        );
    }
}

/// Quotes arguments for `sh -c`.
pub fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
        .collect::<Vec<_>>()
        .join(" ")
}
