package id.sakip.reporting.document;

import java.util.Optional;
import java.util.UUID;

/** One kind of document: where its subject is, its title, and its three forms (model, PDF, XLSX). */
public interface DocumentRenderer {
    DocumentKind kind();

    /** The noun of the subject in messages ("round", "measurement", "agreement", "agency"). */
    String subjectNoun();

    /**
     * The subject a request names: {@code subjectId} for the kinds about one record, {@code agencyCode}
     * and {@code year} for the LKjIP. Empty when there is none.
     */
    Optional<DocumentSubject> subject(UUID subjectId, String agencyCode, Integer year);

    /** The title of this kind of document for a year and period. */
    String title(int year, String period);

    /** Renders the document; a 409 problem when its data is not there yet. */
    Rendered render(DocumentSubject subject, RenderOptions options);
}
