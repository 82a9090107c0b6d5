"""Outbound HTTP for webhooks that cannot be pointed at the service's own network.

The host is resolved once, every address it resolves to is checked, and the
connection then goes to a checked address (TLS still verifies the host name), so a
DNS answer that changes between check and connect (rebinding) cannot sneak past.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_RESPONSE_BYTES = 64 * 1024
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """The URL resolves to an address webhooks may not reach (private, loopback, ...)."""


@dataclass(frozen=True)
class HttpResult:
    status: int
    body: bytes


def refused_reason(ip: IPAddress) -> str | None:
    """Why this address is off limits, or None if it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return refused_reason(ip.ipv4_mapped)
    checks = [
        # Most specific first: Python counts link-local and 0.0.0.0/8 as "private" too.
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        # Carrier-grade NAT, documentation ranges and the like: not private, not global.
        ("not globally routable", not ip.is_global),
    ]
    return next((name for name, hit in checks if hit), None)


def resolve(host: str, port: int, *, allow_private: bool) -> list[IPAddress]:
    """Every address ``host`` resolves to, or AddressRefused if any is off limits."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise OSError(f"cannot resolve {host!r}: {error}") from None
    addresses = list(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos))
    if not allow_private:
        for ip in addresses:
            reason = refused_reason(ip)
            if reason:
                # All or nothing: one bad answer means the name points somewhere it should not.
                raise AddressRefused(f"{host} resolves to {ip} ({reason}); refused")
    return addresses


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    allow_private: bool,
) -> HttpResult:
    """POST ``body`` to ``url`` without following redirects; raises OSError or AddressRefused."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise AddressRefused(f"not an http(s) URL: {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = resolve(parts.hostname, port, allow_private=allow_private)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    last_error: OSError | None = None
    for ip in addresses:
        connection = _connection(parts.scheme, parts.hostname, port, str(ip), timeout)
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            return HttpResult(response.status, response.read(MAX_RESPONSE_BYTES))
        except OSError as error:  # refused, reset, timed out: try the next address
            last_error = error
        finally:
            connection.close()
    raise last_error or OSError(f"no address for {parts.hostname}")


def _connection(
    scheme: str, host: str, port: int, ip: str, timeout: float
) -> http.client.HTTPConnection:
    if scheme == "https":
        return _CheckedHTTPSConnection(host, port, ip, timeout, ssl.create_default_context())
    return _CheckedHTTPConnection(host, port, ip, timeout)


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, not to a fresh lookup of the name.

    The name still goes into the Host header (and, over TLS, into SNI and the certificate
    check); only the socket's destination is fixed, so a DNS answer that changes between the
    check and the connection cannot point the request at a refused address.
    """

    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.checked_ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection(
            (self.checked_ip, self.port), self.timeout, self.source_address
        )


class _CheckedHTTPSConnection(_CheckedHTTPConnection):
    default_port = http.client.HTTPS_PORT

    def __init__(
        self, host: str, port: int, ip: str, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, ip, timeout)
        self.tls_context = context

    def connect(self) -> None:
        super().connect()
        self.sock = self.tls_context.wrap_socket(self.sock, server_hostname=self.host)
