package org.safeshare.accounts.domain;

/**
 * The key sign-in pauses are kept under for a client address. An IPv6 client is usually given a
 * whole /64 network, so it is keyed by that prefix: otherwise it could step through addresses to
 * escape a pause.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String keyOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (!address.contains(":")) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
        String[] groups = expand(address).split(":");
        return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** Writes out an IPv6 address's "::" so its first four groups can be read. */
    private static String expand(String address) {
        String plain = address.replaceFirst("%.*$", "").replace("[", "").replace("]", "");
        if (!plain.contains("::")) {
            return plain;
        }
        String[] halves = plain.split("::", -1);
        int present = (halves[0].isEmpty() ? 0 : halves[0].split(":").length) + (halves[1].isEmpty() ? 0 : halves[1].split(":").length);
        StringBuilder zeros = new StringBuilder();
        for (int i = 0; i < 8 - present; i++) {
            zeros.append(i == 0 ? "0" : ":0");
        }
        return (halves[0].isEmpty() ? "" : halves[0] + ":") + zeros + (halves[1].isEmpty() ? "" : ":" + halves[1]);
    }
}
