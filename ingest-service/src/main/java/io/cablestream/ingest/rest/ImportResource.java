package io.cablestream.ingest.rest;

import io.cablestream.contract.auth.Roles;
import io.cablestream.contract.event.ImportPartReport;
import jakarta.annotation.security.RolesAllowed;
import io.cablestream.contract.event.RawCable;
import io.cablestream.ingest.domain.Batches;
import io.cablestream.ingest.domain.CableIntake;
import io.cablestream.ingest.domain.Imports;
import io.cablestream.ingest.domain.RejectedCableException;
import io.cablestream.ingest.progress.ImportStatus;
import io.cablestream.ingest.progress.ImportStatuses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Imports: batches of cables with their progress.
 * <ul>
 * <li>{@code POST /imports} with a file as body (CSV, NDJSON, text, HTML, .zip, .tar, .tar.gz, .7z;
 *     {@code ?name=} names it) or {@code multipart/form-data} files: an import of its own, answered
 *     {@code 202} once every accepted cable is stored;</li>
 * <li>{@code POST /imports} with JSON {@code {"name": ..., "via": ...}}: opens an import for several
 *     files, sent with {@code POST /imports/{id}/files?name=...} and ended by {@code POST /imports/{id}/close};</li>
 * <li>{@code GET /imports/{id}} and {@code GET /imports?limit=}: where imports stand.</li>
 * </ul>
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INGEST, Roles.ADMIN})
public class ImportResource {

    /**
     * What opens an import for several files.
     *
     * @param name what is imported, e.g. the folder given to the CLI
     * @param via {@code cli} or {@code http} (default)
     */
    public record NewImport(String name, String via) {
    }

    private final Imports imports;
    private final Batches batches;
    private final ImportStatuses statuses;
    private final CollectionGuard collections;

    ImportResource(Imports imports, Batches batches, ImportStatuses statuses, CollectionGuard collections) {
        this.imports = imports;
        this.batches = batches;
        this.statuses = statuses;
        this.collections = collections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewImport request,
            @QueryParam("collection") @DefaultValue(RawCable.DEFAULT_COLLECTION) String collection) {
        String via = request == null || request.via() == null ? "http" : request.via();
        if (!via.equals("http") && !via.equals("cli")) {
            throw new RejectedCableException(400, "unknown-via", "Unknown origin",
                    "'via' is '" + via + "'; use 'http' or 'cli' (the inbox opens its own imports)");
        }
        var header = imports.open(Imports.newImportId(), request == null ? null : request.name(),
                collections.writable(collection), via);
        return Response.created(URI.create("/imports/" + header.importId())).entity(status(header.importId())).build();
    }

    @POST
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl", "application/zip",
            "application/x-zip-compressed", "application/x-tar", "application/gzip", "application/x-gzip",
            "application/x-7z-compressed", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN,
            MediaType.TEXT_HTML})
    public Response importFile(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("name") @DefaultValue("upload") String name,
            @QueryParam("format") @DefaultValue("auto") String format,
            @QueryParam("collection") @DefaultValue(RawCable.DEFAULT_COLLECTION) String collection) {
        var report = batches.receiveStreamAlone(body, name, collections.writable(collection), contentType,
                CableIntake.formatNamed(format));
        return Response.accepted(status(report.importId())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFiles(@RestForm(FileUpload.ALL) List<FileUpload> files,
            @QueryParam("name") @DefaultValue("upload") String name,
            @QueryParam("format") @DefaultValue("auto") String format,
            @QueryParam("collection") @DefaultValue(RawCable.DEFAULT_COLLECTION) String collection) {
        var inputFormat = CableIntake.formatNamed(format);
        String into = collections.writable(collection);
        if (files == null || files.isEmpty()) {
            throw new RejectedCableException(400, "empty-body", "Empty body",
                    "the multipart request holds no file; send each file as a form part with a file name");
        }
        String importId = Imports.newImportId();
        imports.open(importId, name, into, "http");
        List<ImportPartReport> reports = new ArrayList<>();
        try {
            for (FileUpload file : files) {
                String part = file.fileName() == null || file.fileName().isBlank() ? file.name() : file.fileName();
                reports.add(batches.receiveFile(importId, into, file.uploadedFile(), part, file.contentType(),
                        inputFormat));
            }
        } finally {
            imports.close(importId);
        }
        if (reports.size() == 1) {
            Batches.requireSomethingAccepted(reports.getFirst());
        }
        return Response.accepted(status(importId)).build();
    }

    @POST
    @Path("/{importId}/files")
    @Consumes({"text/csv", "application/x-ndjson", "application/jsonl", "application/zip",
            "application/x-zip-compressed", "application/x-tar", "application/gzip", "application/x-gzip",
            "application/x-7z-compressed", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN,
            MediaType.TEXT_HTML})
    public Response addFile(@PathParam("importId") String importId, InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("name") @DefaultValue("upload") String name,
            @QueryParam("format") @DefaultValue("auto") String format) {
        requireCollectionOf(importId);
        batches.receiveStream(importId, body, name, contentType, CableIntake.formatNamed(format));
        return Response.accepted(status(importId)).build();
    }

    @POST
    @Path("/{importId}/close")
    public ImportStatus close(@PathParam("importId") String importId) {
        requireCollectionOf(importId);
        imports.close(importId);
        return status(importId);
    }

    @GET
    @Path("/{importId}")
    public ImportStatus get(@PathParam("importId") String importId) {
        requireCollectionOf(importId);
        return status(importId);
    }

    @GET
    public List<ImportStatus> list(@QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new RejectedCableException(400, "bad-limit", "Bad limit",
                    "limit is " + limit + "; give a number from 1 to 1000");
        }
        return statuses.latest(limit, collections::readable);
    }

    /** Refuses (403) an import of a collection the caller's token does not grant. */
    private void requireCollectionOf(String importId) {
        imports.header(importId).ifPresent(header -> collections.writable(header.collection()));
    }

    private ImportStatus status(String importId) {
        return statuses.of(importId).orElseThrow(() -> new RejectedCableException(404, "unknown-import",
                "Unknown import", "there is no import '" + importId + "'; list imports with GET /imports"));
    }
}
