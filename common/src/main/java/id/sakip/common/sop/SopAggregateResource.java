package id.sakip.common.sop;

import id.sakip.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The REST contract every aggregate that follows an SOP shares (collection round, measurement round,
 * report), written once: {@code POST} opens one (201 with its Location), {@code GET /{id}} reads it,
 * {@code GET /{id}/timeline} its SOP timeline, {@code POST /{id}/steps/{key}} completes the step under
 * way. Roles are checked per step by the SOP (403), the step and version by the kit (409); the
 * subclass gives the path, the tag (with what its steps do) and its own endpoints.
 *
 * @param <V> the aggregate's view
 * @param <N> the request that opens one
 * @param <S> the request that completes a step
 */
public abstract class SopAggregateResource<V extends SopAggregateView, N, S> {
    private final SopAggregateOperations<V, N, S> operations;
    private final String path;

    /** @param path the resource's path, for the Location of a new aggregate */
    protected SopAggregateResource(SopAggregateOperations<V, N, S> operations, String path) {
        this.operations = operations;
        this.path = path;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Order one (SOP step 1: the head's disposition)",
            description = "By the role(s) of the first step of the agency's SOP (default: kepala); 403 for others. "
                    + "201 with its Location; 409 when it exists already for the period; 422 for a request that "
                    + "names what the agency does not have.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it")
    public Response open(@Valid @NotNull N request) {
        V view = operations.open(request);
        return Response.created(URI.create(path + "/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "One, with the step under way", description = "404 when the caller may not see it.")
    public V get(@PathParam("id") UUID id) {
        return operations.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Roles.ADMIN, Roles.PROVINSI, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT,
        Roles.STAF })
    @Operation(summary = "The SOP timeline",
            description = "Each step run: when it started and ended, who did it, its output document, and whether it "
                    + "ran past its time standard (overdue); the steps ahead.")
    public Timeline timeline(@PathParam("id") UUID id) {
        return operations.timeline(id);
    }

    @POST
    @Path("/{id}/steps/{key}")
    @RolesAllowed({ Roles.ADMIN, Roles.KEPALA, Roles.SEKRETARIS, Roles.TIM_SAKIP, Roles.UNIT, Roles.STAF })
    @Operation(summary = "Complete the SOP step under way with its output document",
            description = "Only the step under way, made from the current version (409 otherwise), by the step's roles "
                    + "(403 otherwise). What each step does besides recording its document is in this tag's description.")
    public V completeStep(@PathParam("id") UUID id, @PathParam("key") String key, @Valid @NotNull S completion) {
        return operations.completeStep(id, key, completion);
    }
}
