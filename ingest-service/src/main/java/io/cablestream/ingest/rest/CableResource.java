package io.cablestream.ingest.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.event.RawCable;
import jakarta.annotation.security.RolesAllowed;
import io.cablestream.ingest.domain.AcceptedCable;
import io.cablestream.ingest.domain.CableIntake;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.ingest.read.CableSubmission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /cables}: one cable, as its text ({@code text/plain}, {@code text/html}) or as JSON
 * (text plus source and metadata). Answers {@code 202 Accepted} once {@code cables.raw.v1} holds it,
 * or {@code 200 OK} with {@code duplicate: true} when this exact version was stored before.
 * Files holding many cables go to {@code POST /imports}.
 */
@Path("/cables")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INGEST, Roles.ADMIN})
public class CableResource {

    private final CableIntake intake;
    private final CollectionGuard collections;

    CableResource(CableIntake intake, CollectionGuard collections) {
        this.intake = intake;
        this.collections = collections;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    public Response submit(String text,
            @QueryParam("format") @DefaultValue("auto") String format,
            @QueryParam("source") @DefaultValue("http") String source,
            @QueryParam("collection") @DefaultValue(RawCable.DEFAULT_COLLECTION) String collection) {
        return answer(intake.acceptOne(text, format, source, null, collections.writable(collection)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitJson(CableSubmission submission,
            @QueryParam("collection") @DefaultValue(RawCable.DEFAULT_COLLECTION) String collection) {
        if (submission == null || submission.text() == null) {
            throw new RejectedCableException(400, "empty-body", "Empty body",
                    "the JSON object has no \"text\"; send {\"text\": \"<the cable>\", \"source\": \"...\", "
                            + "\"metadata\": {\"referenceId\": \"...\"}}");
        }
        return answer(intake.acceptOne(submission.text(), submission.format() == null ? "auto" : submission.format(),
                submission.source() == null ? "http" : submission.source(), submission.metadata(),
                collections.writable(collection)));
    }

    private static Response answer(AcceptedCable accepted) {
        return (accepted.duplicate() ? Response.ok() : Response.accepted()).entity(accepted).build();
    }
}
