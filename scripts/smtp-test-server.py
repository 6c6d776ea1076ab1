#!/usr/bin/python3
"""SMTP server for dirdesk's tests and demo, on loopback only.

Two listeners: one that requires STARTTLS before AUTH and MAIL, one with
implicit TLS. Both require AUTH (PLAIN and LOGIN). Recipients whose local part
starts with "reject" get 550, so error paths are testable, and these fail the
first N times they are tried (then work), for the fault tests:
  tempfail-N-...  450 at RCPT (greylisting: "try again later")
  hangup-N-...    the connection is dropped in the middle of DATA, unanswered
  slow-N-...      RCPT is answered only after SLOW_SECONDS (past the client's timeout)
Each accepted
message is written atomically (tmp file, then rename) as JSON into
MAILDIR/new/, with the envelope sender, recipients and the authenticated user.

AUTH accepts the fixed --user LOGIN:PASSWORD pairs and, like a company mail
server checking people's own directory passwords (Postfix/Dovecot with LDAP
bind auth, Exchange against AD), anyone who can bind to a directory:

  --ldap-auth 'URL|TEMPLATE|CAFILE'   (repeatable; CAFILE may be left out)

A login that is not a fixed pair is tried against each backend in order:
bind DN = TEMPLATE with {user} replaced by the login, escaped as an RFC 4514
attribute value (e.g. 'uid={user},ou=people,dc=example,dc=test'); a TEMPLATE
of just '{user}' binds with the login as given, unescaped (an AD UPN such as
alice@samdom.example.test). The check is a bind and a read of the root DSE
with `ldapsearch -x` (not ldapwhoami: Samba has no Who-am-I; -ZZ StartTLS
for ldap://, certificate required: LDAPTLS_REQCERT=demand, LDAPTLS_CACERT=
CAFILE), the password passed in a 0600 temp file deleted right after; it runs
in a worker thread, so a slow directory stalls no other session. An empty
password never succeeds (LDAP would take it as an anonymous bind). The
recorded auth_user is the login as typed. Nothing secret is logged.

OAuth 2.0 as Microsoft 365 does it (--oauth-port): an HTTPS token endpoint
at https://127.0.0.1:PORT/token (the server's certificate) issuing bearer
tokens for the password grant (--oauth-user LOGIN:PASSWORD) and the
client-credentials grant (--oauth-client ID:SECRET:SECONDS[:SAYS], SECONDS
the token's lifetime, SAYS the lifetime its answer claims — longer, for a
token that dies before its holder expects), with Entra's error answers (invalid_client AADSTS7000215,
invalid_grant AADSTS50126, AADSTS50076 for a --oauth-mfa-user); SMTP AUTH
XOAUTH2 accepts a token only while it lives, for its own user (an app-only
token for any). A --oauth-only-user trying a password gets Exchange's
"550 5.7.30 Basic authentication is not supported". Each token request is
recorded in MAILDIR/tokens.log: the grant, the client and the token issued
(never a secret), so tests can look for tokens where they must not be.
A line "CLIENT SECONDS" in MAILDIR/revoked.log revokes every token of CLIENT
issued up to that Unix time, as an admin revoking an app's sessions would:
tests make a token die when they say so, instead of waiting for it to age.

More backends come from the environment, after the --ldap-auth ones:
  SMTP_EXTRA_LDAP_AUTH='URL|TEMPLATE|CAFILE;URL|TEMPLATE|CAFILE'
so a test can restart the server with another directory (e.g. Samba AD from
scripts/samba-ad: ldaps://127.0.0.1:636|{user}|target/samba-ad/tls/ca.pem)
without touching scripts/test-servers.
"""
import argparse
import asyncio
import base64
import functools
import http.server
import itertools
import json
import os
import secrets
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

HOSTNAME = "smtp.example.test"  # never looked up: aiosmtpd would ask DNS for the FQDN
SLOW_SECONDS = 25  # dirdesk gives up on an SMTP exchange after 20 s
FAULT = re.compile(r"^(tempfail|hangup|slow)-(\d+)-", re.IGNORECASE)
FAULTED = {}  # address -> times it has failed so far, across both listeners
FAULTED_LOCK = threading.Lock()


LDAP_TIMEOUT = 10  # seconds for one ldapsearch, connection and bind included


def log(msg):
    print("smtp-test-server: " + msg, file=sys.stderr, flush=True)


def dn_escape(value):
    """`value` as an RFC 4514 attribute value (section 2.4)."""
    out = []
    for i, ch in enumerate(value):
        if ch == "\0":
            out.append("\\00")
        elif ch in ',+"\\<>;=':
            out.append("\\" + ch)
        elif (i == 0 and ch in " #") or (i == len(value) - 1 and ch == " "):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


class LdapBackend:
    """One --ldap-auth 'URL|TEMPLATE|CAFILE': passwords checked by a bind."""

    def __init__(self, spec, ldapsearch):
        parts = spec.split("|")
        if len(parts) not in (2, 3):
            raise ValueError("want URL|TEMPLATE|CAFILE, got %r" % spec)
        self.url, self.template = parts[0].strip(), parts[1].strip()
        self.cafile = parts[2].strip() if len(parts) == 3 else ""
        if not self.url.lower().startswith(("ldap://", "ldaps://")):
            raise ValueError("URL must be ldap:// or ldaps://: %r" % self.url)
        if "{user}" not in self.template:
            raise ValueError("TEMPLATE must contain {user}: %r" % self.template)
        if self.cafile and not os.path.isfile(self.cafile):
            raise ValueError("CAFILE %r does not exist" % self.cafile)
        self.ldapsearch = ldapsearch

    def __str__(self):
        return "%s (%s)" % (self.url, self.template)

    def bind_dn(self, login):
        if self.template == "{user}":
            return login  # a UPN or a full DN, as typed
        return self.template.replace("{user}", dn_escape(login))

    def check(self, login, password):
        """Whether `login` binds with `password` (bytes, not empty)."""
        cmd = [self.ldapsearch, "-x", "-LLL", "-o", "nettimeout=%d" % (LDAP_TIMEOUT // 2),
               "-H", self.url, "-D", self.bind_dn(login), "-b", "", "-s", "base", "1.1"]
        if self.url.lower().startswith("ldap://"):
            cmd.append("-ZZ")
        env = dict(os.environ, LDAPTLS_REQCERT="demand")
        if self.cafile:
            env["LDAPTLS_CACERT"] = self.cafile
        fd, passfile = tempfile.mkstemp(prefix="smtp-ldap-auth-")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(password)  # -y takes the whole file: no newline
            cmd += ["-y", passfile]
            try:
                r = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL,
                                   capture_output=True, timeout=LDAP_TIMEOUT)
            except subprocess.TimeoutExpired:
                log("ldap-auth %s: no answer within %d s for %r" % (self, LDAP_TIMEOUT, login))
                return False
        finally:
            os.unlink(passfile)
        if r.returncode == 0:
            return True
        if r.returncode != 49:  # 49: invalid credentials, the ordinary "no"
            why = r.stderr.decode("utf-8", "replace").strip().splitlines()
            log("ldap-auth %s: bind as %r failed (exit %d: %s)"
                % (self, login, r.returncode, why[0] if why else "no message"))
        return False


class OAuthIssuer:
    """The token endpoint's state: clients, users, and the tokens it issued."""

    def __init__(self, clients, users, mfa_users, log_path):
        self.clients = clients  # id -> (secret, lifetime, lifetime claimed)
        self.users = users  # login -> password
        self.mfa_users = {u.lower() for u in mfa_users}
        self.tokens = {}  # token -> (client id, user or None, expires at, issued at)
        self.lock = threading.Lock()
        self.log_path = log_path
        self.revoked_path = os.path.join(os.path.dirname(log_path), "revoked.log")

    def issue(self, form, basic):
        """The answer (HTTP status, JSON) to a token request."""
        grant = form.get("grant_type", "")
        client_id, secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
        known = self.clients.get(client_id)
        if known is None or not secrets.compare_digest(known[0], secret):
            return 401, {
                "error": "invalid_client",
                "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the "
                "secret being sent in the request is the client secret value, not the client "
                "secret ID, for a secret added to app '%s'." % client_id,
                "error_codes": [7000215],
            }
        user = None
        if grant == "password":
            user = form.get("username", "")
            if self.users.get(user) != form.get("password") or not user:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "AADSTS50126: Error validating credentials due to "
                    "invalid username or password.",
                    "error_codes": [50126],
                }
            if user.lower() in self.mfa_users:
                return 400, {
                    "error": "invalid_grant",
                    "error_description": "AADSTS50076: Due to a configuration change made by "
                    "your administrator, or because you moved to a new location, you must use "
                    "multi-factor authentication to access 'outlook.office365.com'.",
                    "error_codes": [50076],
                }
        elif grant != "client_credentials":
            return 400, {"error": "unsupported_grant_type",
                         "error_description": "AADSTS70003: unsupported grant type"}
        lifetime, claimed = known[1], known[2]
        token = secrets.token_urlsafe(32)
        with self.lock:
            now = time.time()
            self.tokens[token] = (client_id, user, now + lifetime, now)
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write("%s %s %s\n" % (grant, client_id, token))
        return 200, {"token_type": "Bearer", "scope": form.get("scope", ""),
                     "expires_in": claimed, "ext_expires_in": claimed,
                     "access_token": token}

    def check(self, user, token):
        """Whether `token` is alive and lets `user` send; a refusal is
        recorded in tokens.log as "refused CLIENT" (or "refused unknown")."""
        with self.lock:
            issued = self.tokens.get(token)
        ok = issued is not None and issued[2] > time.time() and not self.revoked(issued) and (
            issued[1] is None or issued[1].lower() == user.lower())
        if not ok:
            with self.lock, open(self.log_path, "a", encoding="utf-8") as f:
                f.write("refused %s -\n" % (issued[0] if issued else "unknown"))
        return ok


    def revoked(self, issued):
        """Whether revoked.log revokes this token (its client's, issued
        before the revocation)."""
        try:
            with open(self.revoked_path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except FileNotFoundError:
            return False
        for line in lines:
            client, _, at = line.partition(" ")
            if client == issued[0] and at and float(at) >= issued[3]:
                return True
        return False


def token_handler(issuer):
    class TokenHandler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in urllib.parse.parse_qs(
                self.rfile.read(length).decode("utf-8", "replace")).items()}
            basic = None
            header = self.headers.get("Authorization", "")
            if header.lower().startswith("basic "):
                pair = base64.b64decode(header[6:]).decode("utf-8", "replace")
                client_id, _, secret = pair.partition(":")
                basic = (urllib.parse.unquote_plus(client_id), urllib.parse.unquote_plus(secret))
            status, answer = issuer.issue(form, basic)
            body = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass  # requests carry secrets: nothing is logged

    return TokenHandler


class Authenticator:
    def __init__(self, users, ldap_backends=(), oauth_only=()):
        self.users = users
        self.ldap_backends = list(ldap_backends)
        self.oauth_only = {u.lower() for u in oauth_only}

    def __call__(self, server, session, envelope, mechanism, auth_data):
        # handled=False: with the default a failed login gets no reply and
        # clients hang waiting for one.
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        # Never an empty password: to LDAP that is an anonymous bind, which
        # succeeds.
        if not login or not auth_data.password:
            return AuthResult(success=False, handled=False)
        if login.lower() in self.oauth_only:
            return AuthResult(success=False, handled=False, message="550 5.7.30 Basic "
                              "authentication is not supported for Client Submission.")
        if self.users.get(login) == password:
            return AuthResult(success=True, auth_data=login)
        for backend in self.ldap_backends:
            if backend.check(login, auth_data.password):
                return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)


class _Deferred(AuthResult):
    """A check still to run; fails closed should it ever reach smtp_AUTH."""


class ThreadedAuthSMTP(SMTP):
    """aiosmtpd (1.4) calls the authenticator synchronously, on the listener's
    event loop, so a directory bind that hangs would stall every session on
    that listener. Its auth_PLAIN and auth_LOGIN end in
    `return self._authenticate(...)`: here that hands back the credentials,
    and the check runs in a worker thread."""

    def _authenticate(self, mechanism, auth_data):
        d = _Deferred(success=False, handled=False)
        d.mechanism, d.credentials = mechanism, auth_data
        return d

    async def _finish(self, result):
        if not isinstance(result, _Deferred):
            return result  # a syntax error, already answered
        check = functools.partial(self._authenticator, self, self.session, self.envelope,
                                  result.mechanism, result.credentials)
        return await asyncio.get_running_loop().run_in_executor(None, check)

    async def auth_PLAIN(self, _, args):
        return await self._finish(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _, args):
        return await self._finish(await super().auth_LOGIN(_, args))


class ThreadedAuthController(Controller):
    def factory(self):
        return ThreadedAuthSMTP(self.handler, **self.SMTP_kwargs)


class CaptureHandler:
    def __init__(self, maildir, listener, issuer=None):
        self.maildir = maildir
        self.listener = listener
        self.issuer = issuer
        self.counter = itertools.count()
        self.lock = threading.Lock()

    async def auth_XOAUTH2(self, server, args):
        """SASL XOAUTH2: user=LOGIN^Aauth=Bearer TOKEN^A^A, as the initial
        response or after an empty challenge."""
        if self.issuer is None:
            return AuthResult(success=False, handled=False, message="504 5.5.4 Unrecognized "
                              "authentication type")
        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except ValueError:
                return AuthResult(success=False, handled=False, message="501 5.5.2 bad base64")
        else:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        fields = dict(part.split("=", 1) for part in
                      blob.decode("utf-8", "replace").split("\x01") if "=" in part)
        user, auth = fields.get("user", ""), fields.get("auth", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        if user and token and self.issuer.check(user, token):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.3 Authentication unsuccessful")

    def fails_now(self, address, kind):
        """Whether `address` asks for fault `kind` and has not failed N times yet."""
        m = FAULT.match(address)
        if not m or m.group(1).lower() != kind:
            return False
        key = address.lower()
        with FAULTED_LOCK:
            done = FAULTED.get(key, 0)
            if done >= int(m.group(2)):
                return False
            FAULTED[key] = done + 1
            return True

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject"):
            return "550 5.1.1 <%s>: Recipient address rejected: mailbox unavailable" % address
        if self.fails_now(address, "tempfail"):
            return "450 4.2.0 <%s>: Recipient address rejected: greylisted, try again later" % address
        if self.fails_now(address, "slow"):
            await asyncio.sleep(SLOW_SECONDS)
            return "451 4.4.2 <%s>: too slow" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if any(self.fails_now(a, "hangup") for a in envelope.rcpt_tos):
            # Mid-DATA: the message is not kept and never answered.
            server.transport.abort()
            return "421 4.4.2 connection dropped"
        with self.lock:
            name = "%020d-%06d-%d" % (time.time_ns(), next(self.counter), os.getpid())
        record = {
            "listener": self.listener,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_user": session.auth_data,
            "data": envelope.content.decode("utf-8", "replace"),
        }
        tmp = os.path.join(self.maildir, "tmp", name + ".json")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(record, f)
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, os.path.join(self.maildir, "new", name + ".json"))
        return "250 2.0.0 Ok: queued as %s" % name


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--starttls-port", type=int, required=True)
    p.add_argument("--tls-port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--user", action="append", default=[], help="LOGIN:PASSWORD")
    p.add_argument("--ldap-auth", action="append", default=[], metavar="'URL|TEMPLATE|CAFILE'",
                   help="also accept whoever binds to this directory (repeatable)")
    p.add_argument("--oauth-port", type=int, help="an HTTPS token endpoint on this port")
    p.add_argument("--oauth-client", action="append", default=[], help="ID:SECRET:SECONDS")
    p.add_argument("--oauth-user", action="append", default=[], help="LOGIN:PASSWORD")
    p.add_argument("--oauth-mfa-user", action="append", default=[], help="LOGIN")
    p.add_argument("--oauth-only-user", action="append", default=[], help="LOGIN")
    args = p.parse_args()

    specs = args.ldap_auth + [
        s for s in os.environ.get("SMTP_EXTRA_LDAP_AUTH", "").split(";") if s.strip()
    ]
    backends = []
    if specs:
        ldapsearch = shutil.which("ldapsearch")
        if not ldapsearch:
            p.error("--ldap-auth needs ldapsearch (ldap-utils)")
        for spec in specs:
            try:
                backends.append(LdapBackend(spec, ldapsearch))
            except ValueError as e:
                p.error("--ldap-auth: %s" % e)

    for sub in ("tmp", "new"):
        os.makedirs(os.path.join(args.maildir, sub), exist_ok=True)
    users = dict(u.split(":", 1) for u in args.user)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)

    issuer = None
    if args.oauth_port:
        clients = {}
        for spec in args.oauth_client:
            client_id, secret, seconds, *says = spec.split(":")
            clients[client_id] = (secret, int(seconds), int(says[0] if says else seconds))
        issuer = OAuthIssuer(clients, dict(u.split(":", 1) for u in args.oauth_user),
                             args.oauth_mfa_user, os.path.join(args.maildir, "tokens.log"))
        endpoint = http.server.ThreadingHTTPServer((args.host, args.oauth_port),
                                                   token_handler(issuer))
        endpoint.socket = ctx.wrap_socket(endpoint.socket, server_side=True)
        threading.Thread(target=endpoint.serve_forever, daemon=True).start()

    common = dict(
        server_hostname=HOSTNAME,
        authenticator=Authenticator(users, backends, args.oauth_only_user),
        auth_required=True,
    )
    starttls = ThreadedAuthController(
        CaptureHandler(args.maildir, "starttls", issuer), hostname=args.host,
        port=args.starttls_port, tls_context=ctx, require_starttls=True,
        auth_require_tls=True, **common,
    )
    implicit = ThreadedAuthController(
        CaptureHandler(args.maildir, "tls", issuer), hostname=args.host,
        port=args.tls_port, ssl_context=ctx,
        # AUTH on the implicit-TLS port must not wait for STARTTLS, or it is
        # never offered.
        auth_require_tls=False, **common,
    )
    starttls.start()
    implicit.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    for b in backends:
        print("smtp-test-server: ldap-auth %s" % b, flush=True)
    print("smtp-test-server ready", flush=True)
    stop.wait()
    starttls.stop()
    implicit.stop()


if __name__ == "__main__":
    main()
