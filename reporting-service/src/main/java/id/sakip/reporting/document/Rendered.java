package id.sakip.reporting.document;

/** A document in its three forms: the model (JSON for front-ends), the PDF and the XLSX. */
public record Rendered(String title, String fileBase, Object model, byte[] pdf, byte[] xlsx) {
}
