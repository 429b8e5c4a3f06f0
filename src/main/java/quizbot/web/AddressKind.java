package quizbot.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * What kind of network an IP address belongs to, read from its bytes (no lookup). An IPv6 address
 * that carries an IPv4 one (mapped, compatible, NAT64, 6to4) is judged by the IPv4 address too.
 */
enum AddressKind {
    PUBLIC("a public address", false),
    LOOPBACK("a loopback address", true),
    PRIVATE("a private address", true),
    SHARED("a shared (CGNAT, 100.64.0.0/10) address", true),
    LINK_LOCAL("a link-local address", false),
    MULTICAST("a multicast address", false),
    UNSPECIFIED("the unspecified address", false),
    RESERVED("a reserved address", false);

    private final String description;
    private final boolean localNetwork;

    AddressKind(String description, boolean localNetwork) {
        this.description = description;
        this.localNetwork = localNetwork;
    }

    /** Words for a refusal: "a loopback address". */
    String description() {
        return description;
    }

    /**
     * Loopback, private and shared addresses: what the operator may allow for tests or an intranet.
     * Link-local (cloud metadata at 169.254.169.254), multicast, unspecified and reserved never are.
     */
    boolean localNetwork() {
        return localNetwork;
    }

    static AddressKind of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ofIpv4(bytes, 0);
        }
        if (address instanceof Inet6Address) {
            return ofIpv6(bytes);
        }
        return RESERVED;
    }

    private static AddressKind ofIpv4(byte[] bytes, int at) {
        int a = bytes[at] & 0xff;
        int b = bytes[at + 1] & 0xff;
        int c = bytes[at + 2] & 0xff;
        if (a == 0) {
            return UNSPECIFIED; // 0.0.0.0/8, "this network"
        }
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
            return PRIVATE;
        }
        if (a == 100 && b >= 64 && b <= 127) {
            return SHARED;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a >= 224 && a <= 239) {
            return MULTICAST;
        }
        if (a >= 240 || (a == 192 && b == 0 && c == 0) || (a == 198 && (b == 18 || b == 19))) {
            return RESERVED; // 240/4 with the broadcast address, IETF protocol 192.0.0/24, benchmarking 198.18/15
        }
        return PUBLIC;
    }

    private static AddressKind ofIpv6(byte[] bytes) {
        if (allZero(bytes, 0, 15) && (bytes[15] == 0 || bytes[15] == 1)) {
            return bytes[15] == 0 ? UNSPECIFIED : LOOPBACK; // :: and ::1
        }
        if (allZero(bytes, 0, 12)) {
            return ofIpv4(bytes, 12); // ::a.b.c.d, the deprecated IPv4-compatible form
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0xff) {
            return MULTICAST;
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return LINK_LOCAL; // fe80::/10
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return PRIVATE; // fec0::/10, the deprecated site-local range
        }
        if ((first & 0xfe) == 0xfc) {
            return PRIVATE; // fc00::/7, unique local
        }
        if (allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
            return ofIpv4(bytes, 12); // ::ffff:a.b.c.d
        }
        if (first == 0x00 && second == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b && allZero(bytes, 4, 12)) {
            return ofIpv4(bytes, 12); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && second == 0x02) {
            return ofIpv4(bytes, 2); // 6to4 2002::/16 carries an IPv4 address
        }
        return PUBLIC;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
