package id.sakip.reporting.document;

/** Options of one rendering: who signs, the document number, the PK's counterparty (pihak kedua). */
public record RenderOptions(Signer signer, String documentNumber, Party counterparty) {
    public static RenderOptions none() {
        return new RenderOptions(null, null, null);
    }
}
