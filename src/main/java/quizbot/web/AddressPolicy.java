package quizbot.web;

import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

/**
 * Which resolved addresses the fetcher may connect to. Immutable and thread-safe.
 *
 * <p>By default only public addresses. The operator setting ({@code QUIZBOT_FETCH_PRIVATE=1}) also
 * allows loopback, private and shared (CGNAT) ones; link-local, multicast, unspecified and reserved
 * addresses stay refused either way.
 */
final class AddressPolicy {

    private final boolean localNetworkAllowed;
    private final Set<InetAddress> trusted;

    private AddressPolicy(boolean localNetworkAllowed, Set<InetAddress> trusted) {
        this.localNetworkAllowed = localNetworkAllowed;
        this.trusted = Set.copyOf(trusted);
    }

    static AddressPolicy publicOnly() {
        return new AddressPolicy(false, Set.of());
    }

    static AddressPolicy allowingLocalNetwork() {
        return new AddressPolicy(true, Set.of());
    }

    /**
     * This policy, but with one address taken as public: lets a test's loopback server stand in for
     * a public one, so the rules for every other address (redirects included) are tested as they run.
     */
    AddressPolicy trusting(InetAddress address) {
        return new AddressPolicy(localNetworkAllowed, Set.of(address));
    }

    /** Empty when the address may be used, else what it is ("a loopback address"). */
    Optional<String> refusal(InetAddress address) {
        if (trusted.contains(address)) {
            return Optional.empty();
        }
        AddressKind kind = AddressKind.of(address);
        if (kind == AddressKind.PUBLIC || (localNetworkAllowed && kind.localNetwork())) {
            return Optional.empty();
        }
        return Optional.of(kind.description());
    }
}
