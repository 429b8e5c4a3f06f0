package quizbot.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Host name to addresses. The fetcher resolves each host once, checks every address, and connects
 * only to those it checked, so a second, different DNS answer (rebinding) is never used.
 */
@FunctionalInterface
interface Resolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The system resolver; IP literals are parsed without DNS. */
    static Resolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
