package id.sakip.measurement.round;

import id.sakip.common.sop.SopAttachmentResource;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/measurement-rounds/{id}/attachments")
@Tag(name = "Measurement SOP")
public class MeasurementAttachmentResource extends SopAttachmentResource {

    public MeasurementAttachmentResource(MeasurementRoundService service) {
        super(service, "/measurement-rounds");
    }
}
