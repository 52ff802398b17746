package dev.podlint.oracle.mutate;

import static dev.podlint.oracle.mutate.M.accept;
import static dev.podlint.oracle.mutate.M.reject;
import static dev.podlint.oracle.mutate.M.set;

import java.util.List;

/** core/v1 Endpoints: subsets, their addresses and ports. */
final class EndpointsMutations {

    private EndpointsMutations() {}

    private static At firstSubset(Doc doc) {
        List<At> subsets = doc.top().items("subsets");
        return subsets.isEmpty() ? null : subsets.get(0);
    }

    private static At firstAddress(Doc doc) {
        At subset = firstSubset(doc);
        List<At> addresses = subset == null ? List.of() : subset.items("addresses");
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    private static At lastPort(Doc doc) {
        At subset = firstSubset(doc);
        List<At> ports = subset == null ? List.of() : subset.items("ports");
        return ports.isEmpty() ? null : ports.get(ports.size() - 1);
    }

    static List<Mutation> all() {
        var endpoints = Kinds.of("Endpoints");
        return List.of(
                reject("endpoints-address-reserved", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "127.0.0.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "224.0.0.1");
                    address.map().put("ip", YScalar.str(bad));
                    return set(address.field("ip"), bad);
                }),
                reject("endpoints-address-invalid", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "10.20.30.400", "10.20.30", "db.example.com", "2001:db8::1::2", "");
                    address.map().put("ip", YScalar.str(bad));
                    return set(address.field("ip"), bad);
                }),
                reject("endpoints-address-leading-zero", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "010.20.30.40", "10.020.30.4", "::ffff:10.20.30.40");
                    address.map().put("ip", YScalar.str(bad));
                    return set(address.field("ip"), bad) + " (leading zeros or IPv4-mapped: strict from 1.36)";
                }),
                reject("endpoints-subset-without-addresses", endpoints, (doc, r) -> {
                    At subset = firstSubset(doc);
                    if (subset == null) {
                        return null;
                    }
                    subset.map().remove("addresses");
                    subset.map().remove("notReadyAddresses");
                    return "removed " + subset.field("addresses") + " and notReadyAddresses";
                }),
                reject("endpoints-hostname-invalid", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "db.primary", "DB-0", "db_0", "-db");
                    address.map().put("hostname", YScalar.str(bad));
                    return set(address.field("hostname"), bad);
                }),
                reject("endpoints-node-name-invalid", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "Worker-1", "worker_1", "", "worker-1.");
                    address.map().put("nodeName", YScalar.str(bad));
                    return set(address.field("nodeName"), bad);
                }),
                reject("endpoints-port-name-missing", endpoints, (doc, r) -> {
                    At subset = firstSubset(doc);
                    YList ports = subset == null ? null : subset.list("ports");
                    if (ports == null || ports.size() == 0 || !(ports.get(0) instanceof YMap first)) {
                        return null;
                    }
                    YMap copy = first.copy();
                    copy.remove("name");
                    copy.put("port", YScalar.num(9999));
                    ports.add(copy);
                    return "added an unnamed port 9999 to " + subset.field("ports") + " (several ports need names)";
                }),
                reject("endpoints-port-name-invalid", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "HTTP", "http_alt", "web.http", "-http");
                    port.map().put("name", YScalar.str(bad));
                    return set(port.field("name"), bad);
                }),
                reject("endpoints-port-out-of-range", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null) {
                        return null;
                    }
                    long bad = Pick.one(r, 0L, 65536L, 70000L, -1L);
                    port.map().put("port", YScalar.num(bad));
                    return set(port.field("port"), bad);
                }),
                reject("endpoints-app-protocol-invalid", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "http 2", "-grpc", "example.com/");
                    port.map().put("appProtocol", YScalar.str(bad));
                    return set(port.field("appProtocol"), bad);
                }),
                reject("endpoints-protocol-wrong-case", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null) {
                        return null;
                    }
                    String bad = Pick.one(r, "tcp", "Udp", "HTTP");
                    port.map().put("protocol", YScalar.str(bad));
                    return set(port.field("protocol"), bad);
                }),
                reject("endpoints-addresses-as-strings", endpoints, (doc, r) -> {
                    At subset = firstSubset(doc);
                    At address = firstAddress(doc);
                    if (subset == null || address == null || address.text("ip") == null) {
                        return null;
                    }
                    subset.map().put("addresses", YList.ofStrings(address.text("ip")));
                    return subset.field("addresses") + " as a list of IP strings (EndpointSlice style)";
                }),
                accept("valid-endpoints-single-unnamed-port", endpoints, (doc, r) -> {
                    At subset = firstSubset(doc);
                    List<At> ports = subset == null ? List.of() : subset.items("ports");
                    if (ports.isEmpty()) {
                        return null;
                    }
                    YMap only = ports.get(0).map().copy();
                    only.remove("name");
                    subset.map().put("ports", YList.of(only));
                    return "one port without a name in " + subset.field("ports");
                }),
                accept("valid-endpoints-not-ready-only", endpoints, (doc, r) -> {
                    At subset = firstSubset(doc);
                    if (subset == null || subset.list("addresses") == null) {
                        return null;
                    }
                    subset.map().remove("notReadyAddresses");
                    subset.map().rename("addresses", "notReadyAddresses");
                    return subset.field("addresses") + " moved to notReadyAddresses";
                }),
                accept("valid-endpoints-ipv6-long-form", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    String ok = Pick.one(r, "2001:DB8:0:0:0:0:0:12", "2001:db8:0:0:1:0:0:1", "fd00::a");
                    address.map().put("ip", YScalar.str(ok));
                    return set(address.field("ip"), ok) + " (not canonical: allowed in this legacy field)";
                }),
                accept("valid-endpoints-empty-hostname", endpoints, (doc, r) -> {
                    At address = firstAddress(doc);
                    if (address == null) {
                        return null;
                    }
                    address.map().put("hostname", YScalar.quoted(""));
                    return set(address.field("hostname"), "");
                }),
                accept("valid-endpoints-no-subsets", endpoints, (doc, r) -> {
                    if (doc.top().map().remove("subsets") == null) {
                        return null;
                    }
                    return "removed subsets (an Endpoints without endpoints)";
                }),
                accept("valid-endpoints-protocol-omitted", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null || port.map().remove("protocol") == null) {
                        return null;
                    }
                    return "removed " + port.field("protocol") + " (defaulted to TCP)";
                }),
                accept("valid-endpoints-port-max", endpoints, (doc, r) -> {
                    At port = lastPort(doc);
                    if (port == null) {
                        return null;
                    }
                    long ok = Pick.one(r, 1L, 65535L);
                    port.map().put("port", YScalar.num(ok));
                    return set(port.field("port"), ok);
                }));
    }
}
