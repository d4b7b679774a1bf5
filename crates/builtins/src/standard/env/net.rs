//! Network names and addresses: host lookups, `/etc/protocols` and `/etc/services`,
//! `ip2long`/`long2ip`, `inet_pton`/`inet_ntop`, `net_get_interfaces`.

use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, ToSocketAddrs};

/// Registers the network name functions.
pub fn register(m: &mut Module) {
    m.func("gethostname(): string|false", gethostname)
        .func("gethostbyname(string $hostname): string", gethostbyname)
        .func(
            "gethostbynamel(string $hostname): array|false",
            gethostbynamel,
        )
        .func("gethostbyaddr(string $ip): string|false", gethostbyaddr)
        .func(
            "getprotobyname(string $protocol): int|false",
            getprotobyname,
        )
        .func(
            "getprotobynumber(int $protocol): string|false",
            getprotobynumber,
        )
        .func(
            "getservbyname(string $service, string $protocol): int|false",
            getservbyname,
        )
        .func(
            "getservbyport(int $port, string $protocol): string|false",
            getservbyport,
        )
        .func("ip2long(string $ip): int|false", ip2long)
        .func("long2ip(int $ip): string", long2ip)
        .func("inet_pton(string $ip): string|false", inet_pton)
        .func("inet_ntop(string $ip): string|false", inet_ntop)
        .func("net_get_interfaces(): array|false", net_get_interfaces);
}

fn gethostname(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(super::info::host_name().as_str()))
}

/// Parses a dotted IPv4 address as `inet_pton` does (four decimal parts, no leading zeros).
pub fn parse_ipv4(s: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let mut o = [0u8; 4];
    for (i, p) in parts.iter().enumerate() {
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if p.len() > 1 && p.starts_with('0') {
            return None;
        }
        o[i] = p.parse::<u16>().ok().filter(|&n| n <= 255)? as u8;
    }
    Some(Ipv4Addr::from(o))
}

/// Parses an IPv6 address as `inet_pton` does.
pub fn parse_ipv6(s: &str) -> Option<Ipv6Addr> {
    if s.contains('%') {
        return None;
    }
    s.parse().ok()
}

fn lookup_v4(host: &str) -> Vec<Ipv4Addr> {
    if let Some(ip) = parse_ipv4(host) {
        return vec![ip];
    }
    if host.is_empty() || host.len() > 255 {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Ok(addrs) = (host, 0).to_socket_addrs() {
        for a in addrs {
            if let IpAddr::V4(v4) = a.ip() {
                if !out.contains(&v4) {
                    out.push(v4);
                }
            }
        }
    }
    out
}

fn gethostbyname(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let h = a.str(0);
    let hs = h.to_string_lossy();
    match lookup_v4(&hs).first() {
        Some(ip) => Ok(Value::from(ip.to_string().as_str())),
        None => Ok(Value::Str(h)),
    }
}

fn gethostbynamel(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let hs = a.str(0).to_string_lossy();
    let ips = lookup_v4(&hs);
    if ips.is_empty() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::from(PhpArray::from_values(
        ips.iter()
            .map(|i| Value::from(i.to_string().as_str()))
            .collect(),
    )))
}

fn gethostbyaddr(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0).to_string_lossy();
    let ip: IpAddr = match parse_ipv4(&s) {
        Some(v4) => IpAddr::V4(v4),
        None => match parse_ipv6(&s) {
            Some(v6) => IpAddr::V6(v6),
            None => {
                cx.warn("Address is not a valid IPv4 or IPv6 address")?;
                return Ok(Value::Bool(false));
            }
        },
    };
    let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    for line in hosts.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        let (addr, name) = match (it.next(), it.next()) {
            (Some(a), Some(n)) => (a, n),
            _ => continue,
        };
        if addr.parse::<IpAddr>().ok() == Some(ip) {
            return Ok(Value::from(name));
        }
    }
    Ok(Value::from(s.as_str()))
}

/// Reads `/etc/protocols`-style lines: (name, number, aliases).
fn table(path: &str) -> Vec<(String, String, Vec<String>)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut it = line.split_whitespace();
        if let (Some(name), Some(num)) = (it.next(), it.next()) {
            out.push((
                name.to_string(),
                num.to_string(),
                it.map(str::to_string).collect(),
            ));
        }
    }
    out
}

fn getprotobyname(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0).to_string_lossy();
    for (name, num, aliases) in table("/etc/protocols") {
        if name == n || aliases.contains(&n) {
            if let Ok(v) = num.parse::<i64>() {
                return Ok(Value::Int(v));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn getprotobynumber(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0).to_string();
    for (name, num, _) in table("/etc/protocols") {
        if num == n {
            return Ok(Value::from(name.as_str()));
        }
    }
    Ok(Value::Bool(false))
}

fn services() -> Vec<(String, u16, String, Vec<String>)> {
    table("/etc/services")
        .into_iter()
        .filter_map(|(name, pp, aliases)| {
            let (port, proto) = pp.split_once('/')?;
            Some((name, port.parse().ok()?, proto.to_string(), aliases))
        })
        .collect()
}

fn getservbyname(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.str(0).to_string_lossy();
    let p = a.str(1).to_string_lossy();
    for (name, port, proto, aliases) in services() {
        if proto == p && (name == n || aliases.contains(&n)) {
            return Ok(Value::Int(port as i64));
        }
    }
    Ok(Value::Bool(false))
}

fn getservbyport(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let want = a.int(0);
    let p = a.str(1).to_string_lossy();
    for (name, port, proto, _) in services() {
        if proto == p && port as i64 == want {
            return Ok(Value::from(name.as_str()));
        }
    }
    Ok(Value::Bool(false))
}

fn ip2long(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0).to_string_lossy();
    Ok(parse_ipv4(&s).map_or(Value::Bool(false), |ip| Value::Int(u32::from(ip) as i64)))
}

fn long2ip(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0) as u64 as u32;
    Ok(Value::from(Ipv4Addr::from(n).to_string().as_str()))
}

fn inet_pton(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0).to_string_lossy();
    if let Some(v4) = parse_ipv4(&s) {
        return Ok(Value::from(v4.octets().to_vec()));
    }
    if s.contains(':') {
        if let Some(v6) = parse_ipv6(&s) {
            return Ok(Value::from(v6.octets().to_vec()));
        }
    }
    Ok(Value::Bool(false))
}

fn inet_ntop(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let b = a.str(0);
    match b.len() {
        4 => Ok(Value::from(
            Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string().as_str(),
        )),
        16 => {
            let mut o = [0u8; 16];
            o.copy_from_slice(&b);
            Ok(Value::from(Ipv6Addr::from(o).to_string().as_str()))
        }
        _ => Ok(Value::Bool(false)),
    }
}

/// `net_get_interfaces()`: each interface by name with its addresses in the order the
/// system lists them (`unicast`: `flags`, `family`, and for IPv4/IPv6 `address`, `netmask`,
/// `broadcast` or `ptp`) and whether it is `up`.
fn net_get_interfaces(cx: &mut Ctx, _a: &mut Args) -> NResult {
    use nix::net::if_::InterfaceFlags;
    use nix::sys::socket::{SockaddrLike, SockaddrStorage};
    let addrs = match nix::ifaddrs::getifaddrs() {
        Ok(a) => a,
        Err(e) => {
            cx.warn(format!("getifaddrs() failed {}: {}", e as i32, e.desc()))?;
            return Ok(Value::Bool(false));
        }
    };
    let text = |a: &Option<SockaddrStorage>| -> Option<Value> {
        let a = a.as_ref()?;
        if let Some(v4) = a.as_sockaddr_in() {
            return Some(Value::from(v4.ip().to_string().as_str()));
        }
        a.as_sockaddr_in6()
            .map(|v6| Value::from(v6.ip().to_string().as_str()))
    };
    // Interfaces in the order first seen; `up` follows the interface's last entry.
    let mut ifaces: Vec<(String, Vec<Value>, bool)> = Vec::new();
    for ifa in addrs {
        let flags = ifa.flags;
        let mut slot = PhpArray::new();
        slot.insert(
            Key::from_bytes(b"flags"),
            Value::Int(i64::from(flags.bits())),
        );
        if let Some(addr) = &ifa.address {
            let family = addr.family().map_or(0, |f| f as i64);
            slot.insert(Key::from_bytes(b"family"), Value::Int(family));
            let mut put = |k: &[u8], v: Option<Value>| {
                if let Some(v) = v {
                    slot.insert(Key::from_bytes(k), v);
                }
            };
            put(b"address", text(&ifa.address));
            put(b"netmask", text(&ifa.netmask));
            if flags.contains(InterfaceFlags::IFF_BROADCAST) {
                put(b"broadcast", text(&ifa.broadcast));
            }
            if flags.contains(InterfaceFlags::IFF_POINTOPOINT) {
                put(b"ptp", text(&ifa.destination));
            }
        }
        let up = flags.contains(InterfaceFlags::IFF_UP);
        match ifaces.iter_mut().find(|(n, ..)| *n == ifa.interface_name) {
            Some((_, list, last_up)) => {
                list.push(Value::from(slot));
                *last_up = up;
            }
            None => ifaces.push((ifa.interface_name, vec![Value::from(slot)], up)),
        }
    }
    let mut out = PhpArray::new();
    for (name, list, up) in ifaces {
        let mut iface = PhpArray::new();
        iface.insert(
            Key::from_bytes(b"unicast"),
            Value::from(PhpArray::from_values(list)),
        );
        iface.insert(Key::from_bytes(b"up"), Value::Bool(up));
        out.insert(Key::from_bytes(name.as_bytes()), Value::from(iface));
    }
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_is_strict() {
        assert!(parse_ipv4("1.2.3.4").is_some());
        assert!(parse_ipv4("01.2.3.4").is_none());
        assert!(parse_ipv4("1.2.3").is_none());
        assert!(parse_ipv4("256.1.1.1").is_none());
    }
}
