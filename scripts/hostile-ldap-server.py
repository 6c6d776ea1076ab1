#!/usr/bin/python3
"""A broken or hostile LDAP server for dirdesk's abuse tests, on loopback only.

It answers binds, the root DSE and a user lookup like a directory would, so a
user can sign in; every other search (a list, a name search) misbehaves the
way the base DN's first value asks:

  dc=malformed   an entry whose attribute list is not a SEQUENCE
  dc=endless     10 entries a page, and a paging cookie that never ends
  dc=referral    a continuation reference and a referral to another server
  dc=huge        one entry with an 8 MiB description
  dc=windows     cn=Big has 3,500 members, answered as Windows Server does
                 past its MaxValRange: at most 1,500 values a time as
                 member;range=LOW-HIGH (the last member;range=LOW-*),
                 whatever range or attributes the client asked for — the one
                 behaviour of a real Windows DC that Samba does not show

Plain LDAP (no TLS): the tests choose security "None" explicitly.
Usage: hostile-ldap-server.py --port N   (prints "ready PORT" when listening;
--port 0 picks a free port itself, so no other process can take it between
choosing and listening)
"""
import argparse
import asyncio
import re

PAGED = b"1.2.840.113556.1.4.319"


def length(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag, content):
    return bytes([tag]) + length(len(content)) + content


def integer(n, tag=0x02):
    body = n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big", signed=True)
    return tlv(tag, body)


def octets(b, tag=0x04):
    return tlv(tag, b if isinstance(b, bytes) else b.encode())


def seq(*parts, tag=0x30):
    return tlv(tag, b"".join(parts))


def message(msgid, op, controls=b""):
    return seq(integer(msgid), op, controls)


def result(tag, code=0, matched=b"", text=b"", extra=b""):
    return tlv(tag, integer(code, 0x0A) + octets(matched) + octets(text) + extra)


def entry(dn, attrs):
    parts = [seq(octets(name), seq(*[octets(v) for v in values], tag=0x31)) for name, values in attrs]
    return seq(octets(dn), seq(*parts), tag=0x64)


def paged_control(cookie):
    value = seq(integer(0), octets(cookie))
    return seq(seq(octets(PAGED), octets(value)), tag=0xA0)


def read_tlv(data, i):
    """(tag, content, next index) of the element at data[i], or None if incomplete."""
    if i + 2 > len(data):
        return None
    tag, first = data[i], data[i + 1]
    i += 2
    if first & 0x80:
        n = first & 0x7F
        if i + n > len(data):
            return None
        size = int.from_bytes(data[i:i + n], "big")
        i += n
    else:
        size = first
    if i + size > len(data):
        return None
    return tag, data[i:i + size], i + size


def elements(content):
    out, i = [], 0
    while i < len(content):
        tag, body, i = read_tlv(content, i)
        out.append((tag, body))
    return out


class Session:
    def __init__(self, writer, trap_port):
        self.writer = writer
        self.trap_port = trap_port

    def send(self, data):
        self.writer.write(data)

    def search(self, msgid, op):
        parts = elements(op)
        base = parts[0][1].decode("utf-8", "replace")
        scope = int.from_bytes(parts[1][1], "big")
        filter_tag = parts[6][0]
        done = lambda code=0, controls=b"": self.send(message(msgid, result(0x65, code), controls))
        if base == "" and scope == 0:
            self.send(message(msgid, entry("", [
                ("namingContexts", [b"dc=malformed,dc=test", b"dc=endless,dc=test", b"dc=referral,dc=test", b"dc=huge,dc=test", b"dc=windows,dc=test"]),
                ("supportedControl", [PAGED]),
                ("supportedLDAPVersion", [b"3"]),
            ])))
            return done()
        mode = base.split(",")[0].split("=")[-1].lower() if "," in base else ""
        suffix = base[base.index(",dc=") + 1:] if base.startswith("uid=") else base
        user = "uid=alice," + suffix
        if scope == 0 and base.lower() == "cn=big,dc=windows,dc=test":
            return self.forced_ranging(msgid, base, parts, done)
        if filter_tag == 0xA3 or scope == 0:
            # The sign-in lookup and reading one object: answer like a directory.
            self.send(message(msgid, entry(user if scope != 0 else base, [
                ("objectClass", [b"inetOrgPerson"]),
                ("uid", [b"alice"]),
                ("cn", [b"Alice"]),
                ("mail", [b"alice@example.test"]),
            ])))
            return done()
        if mode == "malformed":
            self.send(message(msgid, seq(octets("cn=broken," + base), octets(b"not a sequence"), tag=0x64)))
            return done()
        if mode == "endless":
            for n in range(10):
                self.send(message(msgid, entry("cn=again-%d,%s" % (n, base), [("cn", [b"again-%d" % n])])))
            return done(0, paged_control(b"forever"))
        if mode == "referral":
            elsewhere = "ldap://127.0.0.1:%d/%s" % (self.trap_port, base)
            self.send(message(msgid, seq(octets(elsewhere), tag=0x73)))
            return self.send(message(msgid, result(0x65, 10, text=b"go elsewhere", extra=seq(octets(elsewhere), tag=0xA3))))
        if mode == "huge":
            self.send(message(msgid, entry("cn=huge," + base, [
                ("objectClass", [b"groupOfNames"]),
                ("cn", [b"huge"]),
                ("description", [b"x" * (8 << 20)]),
            ])))
            return done()
        return done(32)


    MEMBERS = 3500
    MAX_VAL_RANGE = 1500

    def forced_ranging(self, msgid, base, parts, done):
        asked = [v.decode("utf-8", "replace") for _, v in elements(parts[7][1])]
        low, whole = 0, not asked or any(a in ("*", "member") for a in asked)
        for a in asked:
            m = re.match(r"member;range=(\d+)-", a, re.I)
            if m:
                low = int(m.group(1))
        high = min(low + self.MAX_VAL_RANGE, self.MEMBERS) - 1
        values = [b"uid=m%05d,ou=crowd,dc=windows,dc=test" % i for i in range(low, high + 1)]
        name = "member;range=%d-%s" % (low, "*" if high == self.MEMBERS - 1 else high)
        attrs = [(name, values)]
        if whole:
            attrs = [("objectClass", [b"groupOfNames"]), ("cn", [b"Big"])] + attrs
        self.send(message(msgid, entry(base, attrs)))
        return done()


async def serve(reader, writer, trap_port):
    session = Session(writer, trap_port)
    data = b""
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            data += chunk
            while True:
                got = read_tlv(data, 0)
                if got is None:
                    break
                _, content, end = got
                data = data[end:]
                parts = elements(content)
                msgid = int.from_bytes(parts[0][1], "big")
                tag, op = parts[1]
                if tag == 0x60:  # bind
                    session.send(message(msgid, result(0x61)))
                elif tag == 0x63:  # search
                    session.search(msgid, op)
                elif tag == 0x42:  # unbind
                    writer.close()
                    return
                # abandon (0x50) and anything else: no answer
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--trap-port", type=int, required=True, help="where referrals point")
    args = p.parse_args()
    server = await asyncio.start_server(
        lambda r, w: serve(r, w, args.trap_port), "127.0.0.1", args.port)
    port = server.sockets[0].getsockname()[1]
    print("ready %d" % port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
