package id.sakip.common.security;

/**
 * A person who acted, as the identity provider names them: the login ({@code upn}), the full name
 * with titles and the NIP (Nomor Induk Pegawai). Name and NIP are null when the token carries none
 * (service accounts, tokens of the test key).
 */
public record Person(String login, String name, String nip) {
    /**
     * "Hj. Nurhayati, S.Sos. (NIP 19780315 200501 2 003)", the name alone, or the login when there is
     * no name (null when nobody acted).
     */
    public String display() {
        if (name == null) {
            return login;
        }
        return nip == null ? name : name + " (NIP " + formattedNip(nip) + ")";
    }

    /** An NIP grouped as it is printed: birth date, appointment month, sex, sequence. */
    private static String formattedNip(String nip) {
        if (nip == null || nip.length() != 18) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
    }
}
