package id.sakip.reporting.document;

import id.sakip.common.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The documents by kind: finds a subject the caller may read, and renders it with the kind's renderer. */
@ApplicationScoped
public class Documents {
    private final Map<DocumentKind, DocumentRenderer> renderers = new EnumMap<>(DocumentKind.class);
    private final CallerContext caller;

    public Documents(Instance<DocumentRenderer> all, CallerContext caller) {
        all.forEach(r -> renderers.put(r.kind(), r));
        for (DocumentKind k : DocumentKind.values()) {
            if (!renderers.containsKey(k)) {
                throw new IllegalStateException("no renderer for " + k);
            }
        }
        this.caller = caller;
    }

    public DocumentRenderer renderer(DocumentKind kind) {
        return renderers.get(kind);
    }

    /** The subject a request names, if any (no access check: for callers that check the agency themselves). */
    public Optional<DocumentSubject> find(DocumentKind kind, UUID subjectId, String agencyCode, Integer year) {
        return renderer(kind).subject(subjectId, agencyCode, year);
    }

    /** The subject, if the caller may read it: 404 when there is none, 403 outside the caller's scope. */
    public DocumentSubject readable(DocumentKind kind, UUID subjectId, String agencyCode, Integer year) {
        DocumentRenderer r = renderer(kind);
        return caller.readable(r.subject(subjectId, agencyCode, year).orElse(null), r.subjectNoun(),
                subjectId != null ? subjectId : agencyCode);
    }

    /** The document as it stands now, if the caller may read its subject. */
    @Transactional
    public Rendered current(DocumentKind kind, UUID subjectId, String agencyCode, Integer year, RenderOptions options) {
        return render(readable(kind, subjectId, agencyCode, year), options);
    }

    public Rendered render(DocumentSubject subject, RenderOptions options) {
        return renderer(subject.kind()).render(subject, options);
    }

    public String title(DocumentKind kind, int year, String period) {
        return renderer(kind).title(year, period);
    }
}
