package id.sakip.reporting.document;

/** A party of the PK: name, NIP, position. */
public record Party(String name, String nip, String position) {
}
