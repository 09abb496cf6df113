package io.cablestream.ingest.rest;

import io.cablestream.ingest.domain.AcceptedCable;
import io.cablestream.ingest.domain.CableIntake;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /cables}: accepts one cable's text and answers {@code 202 Accepted} with its
 * reference ID once {@code cables.raw.v1} holds it.
 */
@Path("/cables")
public class CableResource {

    private final CableIntake intake;

    CableResource(CableIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(String text,
            @QueryParam("format") @DefaultValue("auto") String format,
            @QueryParam("source") @DefaultValue("http") String source) {
        AcceptedCable accepted = intake.acceptOne(text, format, source);
        return Response.accepted(accepted).build();
    }
}
