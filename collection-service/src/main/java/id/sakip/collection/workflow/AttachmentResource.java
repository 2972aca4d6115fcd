package id.sakip.collection.workflow;

import id.sakip.common.sop.SopAttachmentResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rounds/{id}/attachments")
@Tag(name = "Attachments", description = "Files of a round: dispositions, minutes, checklists, evidence (bukti dukung)")
public class AttachmentResource extends SopAttachmentResource {

    public AttachmentResource(RoundService rounds) {
        super(rounds, "/rounds");
    }
}
