//! The network policy a host puts on a script: which addresses and ports it may bind to,
//! connect to or send datagrams to.
//!
//! A runtime without a policy allows everything (the `phpsock` command). A host installs one
//! with [`install`]; every function that opens a network endpoint (`socket_bind`,
//! `socket_connect`, `socket_sendto`, `socket_sendmsg` with a name, `socket_create_listen`,
//! `socket_addrinfo_bind`/`_connect`, and the stream transports behind `fsockopen`,
//! `stream_socket_client`/`_server`/`_sendto`) asks [`check`] first
//! and, when refused, fails as the system call would have with `EACCES`
//! (`socket_connect(): unable to connect [13]: Permission denied`), recording the error for
//! `socket_last_error()` as any failure does.

use phpsock_eval::{Ctx, Vm};
use socket2::SockAddr;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::ops::{BitOr, RangeInclusive};
use std::rc::Rc;
use std::str::FromStr;

/// Where the policy lives in [`Vm::module_state`].
const STATE_KEY: &str = "policy.network";

/// The errno a refused operation fails with (`EACCES`, "Permission denied").
pub const DENIED: i32 = libc::EACCES;

/// A network operation the policy rules on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Binding a local address (servers; also `socket_create_listen`).
    Bind,
    /// Connecting to a remote address.
    Connect,
    /// Sending a datagram to an explicit address (`socket_sendto`, `socket_sendmsg`).
    SendTo,
}

/// A set of [`Op`]s, combined with `|`: `Ops::BIND | Ops::CONNECT`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Ops(u8);

impl Ops {
    /// No operation.
    pub const NONE: Ops = Ops(0);
    /// [`Op::Bind`].
    pub const BIND: Ops = Ops(1);
    /// [`Op::Connect`].
    pub const CONNECT: Ops = Ops(2);
    /// [`Op::SendTo`].
    pub const SENDTO: Ops = Ops(4);
    /// Every operation.
    pub const ALL: Ops = Ops(7);

    /// Whether `op` is in the set.
    pub fn contains(self, op: Op) -> bool {
        self.0 & Ops::from(op).0 != 0
    }
}

impl From<Op> for Ops {
    fn from(op: Op) -> Ops {
        match op {
            Op::Bind => Ops::BIND,
            Op::Connect => Ops::CONNECT,
            Op::SendTo => Ops::SENDTO,
        }
    }
}

impl BitOr for Ops {
    type Output = Ops;
    fn bitor(self, rhs: Ops) -> Ops {
        Ops(self.0 | rhs.0)
    }
}

/// An IP network in CIDR notation (`127.0.0.0/8`, `::1/128`; a bare address is a single host).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

/// A malformed [`Cidr`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CidrError(String);

impl fmt::Display for CidrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid CIDR network {:?}", self.0)
    }
}

impl std::error::Error for CidrError {}

impl Cidr {
    /// The network of `addr` with `prefix` leading bits (clamped to the address width).
    pub fn new(addr: IpAddr, prefix: u8) -> Cidr {
        let width = if addr.is_ipv4() { 32 } else { 128 };
        Cidr {
            addr,
            prefix: prefix.min(width),
        }
    }

    /// Whether `ip` is in the network. IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`) match
    /// IPv4 networks.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = CidrError;
    fn from_str(s: &str) -> Result<Cidr, CidrError> {
        let bad = || CidrError(s.to_string());
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (s, None),
        };
        let addr: IpAddr = addr.trim().parse().map_err(|_| bad())?;
        let width = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|&p| p <= width)
                .ok_or_else(bad)?,
            None => width,
        };
        Ok(Cidr::new(addr, prefix))
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// One allowance of a [`NetPolicy`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// IP endpoints in `net` with a port in `ports`, for the operations in `ops`.
    Ip {
        /// Operations allowed.
        ops: Ops,
        /// Addresses allowed.
        net: Cidr,
        /// Ports allowed.
        ports: RangeInclusive<u16>,
    },
    /// Unix-domain socket paths starting with `prefix`, for the operations in `ops`.
    Unix {
        /// Operations allowed.
        ops: Ops,
        /// Path prefix (bytes); empty allows every path.
        prefix: Vec<u8>,
    },
}

/// Which network endpoints a script may use. The default denies everything; add allowances
/// with [`NetPolicy::allow`] and [`NetPolicy::allow_unix`].
///
/// ```
/// use phpsock_builtins::policy::{NetPolicy, Op, Ops};
/// let p = NetPolicy::deny_all()
///     .allow(Ops::BIND, "127.0.0.1".parse().unwrap(), 8000..=8099)
///     .allow(Ops::CONNECT | Ops::SENDTO, "10.0.0.0/8".parse().unwrap(), 1..=65535);
/// assert!(p.allows(Op::Bind, &"127.0.0.1:8080".parse().unwrap()));
/// assert!(!p.allows(Op::Connect, &"127.0.0.1:8080".parse().unwrap()));
/// assert!(p.allows(Op::Connect, &"10.1.2.3:443".parse().unwrap()));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetPolicy {
    allow_all: bool,
    rules: Vec<Rule>,
}

impl NetPolicy {
    /// A policy that refuses every bind, connect and sendto.
    pub fn deny_all() -> NetPolicy {
        NetPolicy::default()
    }

    /// A policy that allows everything (the same as having none).
    pub fn allow_all() -> NetPolicy {
        NetPolicy {
            allow_all: true,
            rules: Vec::new(),
        }
    }

    /// Also allows `ops` on addresses in `net` with a port in `ports`.
    pub fn allow(mut self, ops: Ops, net: Cidr, ports: RangeInclusive<u16>) -> NetPolicy {
        self.rules.push(Rule::Ip { ops, net, ports });
        self
    }

    /// Also allows `ops` on Unix-domain socket paths starting with `prefix`.
    pub fn allow_unix(mut self, ops: Ops, prefix: impl Into<Vec<u8>>) -> NetPolicy {
        self.rules.push(Rule::Unix {
            ops,
            prefix: prefix.into(),
        });
        self
    }

    /// The allowances, in the order they were added.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Whether `op` on the IP endpoint `addr` is allowed.
    pub fn allows(&self, op: Op, addr: &SocketAddr) -> bool {
        self.allows_sockaddr(op, &SockAddr::from(*addr))
    }

    /// Whether `op` on `addr` (IP or Unix-domain) is allowed.
    pub fn allows_sockaddr(&self, op: Op, addr: &SockAddr) -> bool {
        if self.allow_all {
            return true;
        }
        if let Some(ip) = addr.as_socket() {
            return self.rules.iter().any(|r| match r {
                Rule::Ip { ops, net, ports } => {
                    ops.contains(op) && net.contains(ip.ip()) && ports.contains(&ip.port())
                }
                Rule::Unix { .. } => false,
            });
        }
        if addr.is_unix() {
            let path = unix_path(addr);
            return self.rules.iter().any(|r| match r {
                Rule::Unix { ops, prefix } => ops.contains(op) && path.starts_with(prefix),
                Rule::Ip { .. } => false,
            });
        }
        false
    }
}

/// The path bytes of a Unix-domain address (abstract names start with a NUL byte).
fn unix_path(addr: &SockAddr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(p) = addr.as_pathname() {
        return p.as_os_str().as_bytes().to_vec();
    }
    match addr.as_abstract_namespace() {
        Some(name) => [&[0u8][..], name].concat(),
        None => Vec::new(),
    }
}

/// Puts `policy` in force for the scripts `vm` runs (replacing any earlier one).
pub fn install(vm: &mut Vm, policy: NetPolicy) {
    vm.module_state.insert(STATE_KEY, Box::new(Rc::new(policy)));
}

/// The policy in force, if a host installed one.
pub fn current(vm: &Vm) -> Option<Rc<NetPolicy>> {
    vm.module_state
        .get(STATE_KEY)
        .and_then(|b| b.downcast_ref::<Rc<NetPolicy>>())
        .cloned()
}

/// The one check every network function makes before binding, connecting or sending to
/// `addr`: `Ok` when allowed (or when no policy is installed), else `Err(errno)` with
/// [`DENIED`] (`EACCES`), which the caller reports exactly as it reports a failed system call.
pub fn check(cx: &mut Ctx, op: Op, addr: &SockAddr) -> Result<(), i32> {
    match current(cx.vm()) {
        Some(p) if !p.allows_sockaddr(op, addr) => Err(DENIED),
        _ => Ok(()),
    }
}

/// [`check`] for a `std::net::SocketAddr`.
pub fn check_ip(cx: &mut Ctx, op: Op, addr: &SocketAddr) -> Result<(), i32> {
    check(cx, op, &SockAddr::from(*addr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parsing_and_matching() {
        let n: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(n.contains("10.255.0.1".parse().unwrap()));
        assert!(!n.contains("11.0.0.1".parse().unwrap()));
        assert!(n.contains("::ffff:10.0.0.1".parse().unwrap()));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("1.2.3.4".parse().unwrap()));
        let one: Cidr = "::1".parse().unwrap();
        assert!(one.contains("::1".parse().unwrap()));
        assert!(!one.contains("::2".parse().unwrap()));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("nope".parse::<Cidr>().is_err());
        assert_eq!(n.to_string(), "10.0.0.0/8");
    }

    #[test]
    fn rules_combine_ops_nets_and_ports() {
        let p = NetPolicy::deny_all()
            .allow(Ops::BIND, "127.0.0.1".parse().unwrap(), 8000..=8001)
            .allow_unix(Ops::ALL, "/tmp/app");
        let a: SocketAddr = "127.0.0.1:8001".parse().unwrap();
        assert!(p.allows(Op::Bind, &a));
        assert!(!p.allows(Op::Connect, &a));
        assert!(!p.allows(Op::Bind, &"127.0.0.1:8002".parse().unwrap()));
        let u = SockAddr::unix("/tmp/app.sock").unwrap();
        assert!(p.allows_sockaddr(Op::Connect, &u));
        let v = SockAddr::unix("/var/run/x").unwrap();
        assert!(!p.allows_sockaddr(Op::Connect, &v));
        assert!(NetPolicy::allow_all().allows(Op::SendTo, &a));
        assert!(!NetPolicy::deny_all().allows(Op::SendTo, &a));
    }
}
