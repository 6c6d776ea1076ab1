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
"""
import argparse
import asyncio
import itertools
import json
import os
import re
import signal
import ssl
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOSTNAME = "smtp.example.test"  # never looked up: aiosmtpd would ask DNS for the FQDN
SLOW_SECONDS = 25  # dirdesk gives up on an SMTP exchange after 20 s
FAULT = re.compile(r"^(tempfail|hangup|slow)-(\d+)-", re.IGNORECASE)
FAULTED = {}  # address -> times it has failed so far, across both listeners
FAULTED_LOCK = threading.Lock()


class Authenticator:
    def __init__(self, users):
        self.users = users

    def __call__(self, server, session, envelope, mechanism, auth_data):
        # handled=False: with the default a failed login gets no reply and
        # clients hang waiting for one.
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if self.users.get(login) == password:
            return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)


class CaptureHandler:
    def __init__(self, maildir, listener):
        self.maildir = maildir
        self.listener = listener
        self.counter = itertools.count()
        self.lock = threading.Lock()

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
    args = p.parse_args()

    for sub in ("tmp", "new"):
        os.makedirs(os.path.join(args.maildir, sub), exist_ok=True)
    users = dict(u.split(":", 1) for u in args.user)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)

    common = dict(
        server_hostname=HOSTNAME,
        authenticator=Authenticator(users),
        auth_required=True,
    )
    starttls = Controller(
        CaptureHandler(args.maildir, "starttls"), hostname=args.host,
        port=args.starttls_port, tls_context=ctx, require_starttls=True,
        auth_require_tls=True, **common,
    )
    implicit = Controller(
        CaptureHandler(args.maildir, "tls"), hostname=args.host,
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
    print("smtp-test-server ready", flush=True)
    stop.wait()
    starttls.stop()
    implicit.stop()


if __name__ == "__main__":
    main()
