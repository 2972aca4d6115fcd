package id.sakip.collection.round;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bukti dukung of a row: a file attached to the round, or a link (exactly one of them). */
@Schema(name = "Evidence")
public record Evidence(UUID attachmentId, String fileName, String url, String label) {
}
