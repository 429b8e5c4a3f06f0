package quizbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

    private static InetAddress literal(String address) throws UnknownHostException {
        return InetAddress.getByName(address); // IP literals only: no DNS
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.8.9.10, LOOPBACK", "::1, LOOPBACK",
            "10.0.0.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE",
            "100.64.0.1, SHARED", "100.127.255.254, SHARED",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "224.0.0.1, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED",
            "255.255.255.255, RESERVED", "240.0.0.1, RESERVED",
            "::ffff:127.0.0.1, LOOPBACK", "::10.0.0.1, PRIVATE", "::ffff:10.1.2.3, PRIVATE", "64:ff9b::a00:1, PRIVATE", "2002:7f00:1::, LOOPBACK",
            "93.184.215.14, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "2606:4700::1111, PUBLIC", "8.8.8.8, PUBLIC"
    })
    void classifiesAnAddressByItsNetwork(String address, AddressKind kind) throws UnknownHostException {
        assertEquals(kind, AddressKind.of(literal(address)));
    }

    @Test
    void theOperatorSettingAllowsTheLocalNetworkButNotLinkLocalOrMulticast() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowingLocalNetwork();

        assertTrue(policy.refusal(literal("127.0.0.1")).isEmpty());
        assertTrue(policy.refusal(literal("192.168.0.10")).isEmpty());
        assertTrue(policy.refusal(literal("100.64.1.1")).isEmpty());
        assertEquals("a link-local address", policy.refusal(literal("169.254.169.254")).orElseThrow());
        assertFalse(policy.refusal(literal("239.1.1.1")).isEmpty());
        assertFalse(policy.refusal(literal("0.0.0.0")).isEmpty());
    }

    @Test
    void byDefaultOnlyPublicAddressesAreAllowed() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.publicOnly();

        assertEquals("a loopback address", policy.refusal(literal("127.0.0.1")).orElseThrow());
        assertEquals("a private address", policy.refusal(literal("10.0.0.1")).orElseThrow());
        assertTrue(policy.refusal(literal("93.184.215.14")).isEmpty());
    }
}
